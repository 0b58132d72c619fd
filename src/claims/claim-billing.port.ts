/**
 * What claims read from billing (src/billing, issue #12) and the calendar kernel — the signatures of
 * /work/CONTRACTS.md. The one place claims names them. Until the payments milestone is merged, coverage and
 * payments answer "no payment facts" (coverage active, marked unconfirmed).
 */
import type { IsoDate, IsoMonth } from '../domain/calendar';
import type { AddWorkingDays } from '../domain/claim-deadlines';
import type { Db } from '../db/database';
import * as billing from '../billing/billing-facts.service';
import { workingDaysCalendar } from '../calendar/calendar.service';
import { addWorkingDays } from '../domain/working-days';

export type CoverageVerdict = 'active-paid' | 'active-unpaid-grace' | 'not-covered';
export interface Coverage {
  verdict: CoverageVerdict; reasons: string[]; month: IsoMonth; billId: number | null;
  monthStatus: 'lunas' | 'kurang-bayar' | 'belum-bayar' | 'not-billed'; unconfirmed: boolean;
}
export interface BilledMonth {
  billId: number; billNumber: string; base: number; baseSource: string; scheme: 'pu' | 'bpu';
  ruleIds: string[]; amount: number; programmes: Record<string, number>;
}

export async function coverageOn(_db: Db, _tenantCode: string, _participationId: number, on: IsoDate): Promise<Coverage> {
  return { verdict: 'active-paid', reasons: [], month: on.slice(0, 7), billId: null, monthStatus: 'not-billed', unconfirmed: true };
}

export async function billedMonth(db: Db, tenantCode: string, participationId: number, month: IsoMonth): Promise<BilledMonth | null> {
  return billing.billedMonth(db, tenantCode, participationId, month);
}

export async function monthsPaid(_db: Db, _tenantCode: string, _participationId: number, _year: number): Promise<IsoMonth[]> {
  return [];
}

export async function contributionsPaid(_db: Db, _tenantCode: string, _q: { year: number; agreementId?: number }): Promise<{ total: number; byGroup: { groupId: number; amount: number }[] }> {
  return { total: 0, byGroup: [] };
}

/** Working-day arithmetic over the holiday calendar of [from, to] (cuti bersama are days off by default). */
export async function workingDayAdder(db: Db, from: IsoDate, to: IsoDate): Promise<AddWorkingDays> {
  const calendar = await workingDaysCalendar(db, from, to);
  return (date, n) => addWorkingDays(calendar, date, n);
}
