/**
 * The bills panel of the regency dashboard: the open bills of the regency's PKS as its ledger states them
 * today (billing `ledgerOf`, which replays the payments onto the bills, so the figures agree with the
 * bills page) — all not paid in full, those due within the reminder window, those past due — and the
 * late fees. One PKS, a few dozen bills a year: read live, like the budget panel.
 */
import { ledgerOf } from '../billing/payment-ledger.service';
import type { Db } from '../db/database';
import { addDays, type IsoDate } from '../domain/calendar';
import { DUE_SOON_DAYS } from '../domain/bill-status';

export interface Tally { count: number; amount: number }
export interface BillsPanel { open: Tally; dueSoon: Tally; overdue: Tally; lateFees: number }

const tally = (bills: { outstanding: number }[]): Tally => ({ count: bills.length, amount: bills.reduce((s, b) => s + b.outstanding, 0) });

export async function billsPanel(db: Db, tenantCode: string, agreementId: number, today: IsoDate): Promise<BillsPanel> {
  const ledger = await ledgerOf(db, tenantCode, agreementId, today);
  const open = ledger.bills.filter((b) => b.outstanding > 0);
  const soon = addDays(today, DUE_SOON_DAYS);
  return {
    open: tally(open), dueSoon: tally(open.filter((b) => b.dueOn >= today && b.dueOn <= soon)),
    overdue: tally(open.filter((b) => b.dueOn < today)), lateFees: ledger.bills.reduce((s, b) => s + b.lateFee, 0),
  };
}
