/**
 * What claims read from billing (src/billing, issue #12) and the calendar kernel — the signatures of
 * /work/CONTRACTS.md. The one place claims names them, so a change of billing's signatures is one edit here.
 */
import type { IsoDate, IsoMonth } from '../domain/calendar';
import type { AddWorkingDays } from '../domain/claim-deadlines';
import type { Db } from '../db/database';
import * as billing from '../billing/billing-facts.service';
import * as coverage from '../billing/coverage.service';
import { workingDaysCalendar } from '../calendar/calendar.service';
import { addWorkingDays } from '../domain/working-days';

export type Coverage = Awaited<ReturnType<typeof coverage.coverageOn>>;
export interface BilledMonth {
  billId: number; billNumber: string; base: number; baseSource: string; scheme: 'pu' | 'bpu';
  ruleIds: string[]; amount: number; programmes: Record<string, number>;
}

export async function coverageOn(db: Db, tenantCode: string, participationId: number, on: IsoDate): Promise<Coverage> {
  return coverage.coverageOn(db, tenantCode, participationId, on);
}

export async function billedMonth(db: Db, tenantCode: string, participationId: number, month: IsoMonth): Promise<BilledMonth | null> {
  return billing.billedMonth(db, tenantCode, participationId, month);
}

export async function monthsPaid(db: Db, tenantCode: string, participationId: number, year: number): Promise<IsoMonth[]> {
  return coverage.monthsPaid(db, tenantCode, participationId, year);
}

export async function contributionsPaid(db: Db, tenantCode: string, q: { year: number; agreementId?: number }): Promise<{ total: number; byGroup: { groupId: number; amount: number }[] }> {
  return coverage.contributionsPaid(db, tenantCode, q);
}

/** Working-day arithmetic over the holiday calendar of [from, to] (cuti bersama are days off by default). */
export async function workingDayAdder(db: Db, from: IsoDate, to: IsoDate): Promise<AddWorkingDays> {
  const calendar = await workingDaysCalendar(db, from, to);
  return (date, n) => addWorkingDays(calendar, date, n);
}
