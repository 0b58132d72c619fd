/**
 * What claims read from billing (src/billing, issue #12) — the signatures of /work/CONTRACTS.md. This file is
 * the only place claims names billing: until the billing and payments milestones are merged it answers
 * "no bill, no payment facts" (coverage from the participation's dates only, marked unconfirmed).
 */
import type { IsoDate, IsoMonth } from '../domain/calendar';
import type { AddWorkingDays } from '../domain/claim-deadlines';
import type { Db } from '../db/database';

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

export async function billedMonth(_db: Db, _tenantCode: string, _participationId: number, _month: IsoMonth): Promise<BilledMonth | null> {
  return null;
}

export async function monthsPaid(_db: Db, _tenantCode: string, _participationId: number, _year: number): Promise<IsoMonth[]> {
  return [];
}

export async function contributionsPaid(_db: Db, _tenantCode: string, _q: { year: number; agreementId?: number }): Promise<{ total: number; byGroup: { groupId: number; amount: number }[] }> {
  return { total: 0, byGroup: [] };
}

/** Working days from the holiday calendar; until it is merged: weekends only. */
export async function workingDayAdder(_db: Db, _from: IsoDate, _to: IsoDate): Promise<AddWorkingDays> {
  return (date, n) => {
    let d = new Date(`${date}T00:00:00Z`);
    let left = n;
    while (left > 0) {
      d = new Date(d.getTime() + 86_400_000);
      if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) left -= 1;
    }
    return d.toISOString().slice(0, 10);
  };
}
