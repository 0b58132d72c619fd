/**
 * The money and claims of a regency's PKS for the reports: the bills of the PKS as its ledger states them
 * today (billing `ledgerOf`: what is billed, paid, outstanding, overdue, due within the reminder window,
 * late fees) and the year's claims (claims `claimCounts`). The province and national views sum these per
 * regency and per province; the regency dashboard shows the bills panel.
 *
 * One ledger per PKS that touches the year — a province has a few dozen regencies at most, and the
 * ledger is the one place that replays payments onto bills, so overdue amounts agree with the bills page.
 * (`reportbench` may replace the per-PKS ledgers by a read model, keeping `programmeFigures`' signature.)
 */
import type { PksSummary } from '../agreements/agreement-reports.service';
import { ledgerOf } from '../billing/payment-ledger.service';
import { claimCounts } from '../claims/claims-facts.service';
import type { Db } from '../db/database';
import { addDays, type IsoDate } from '../domain/calendar';
import { DUE_SOON_DAYS } from '../domain/bill-status';

export interface Tally { count: number; amount: number }
export interface BillsPanel { open: Tally; dueSoon: Tally; overdue: Tally; lateFees: number }
export interface ProgrammeFigures {
  budget: number; billed: number; paid: number; outstanding: number; overdue: number;
  /** paid ÷ budget in percent, two decimals (realisasi anggaran); null without a budget. */
  realisation: number | null;
  claims: number; benefitsPaid: number;
}

const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
const tally = (bills: { outstanding: number }[]): Tally => ({ count: bills.length, amount: sum(bills.map((b) => b.outstanding)) });

export const realisationPercent = (paid: number, budget: number) => (budget > 0 ? Math.round((paid / budget) * 10_000) / 100 : null);

/** Open bills of one PKS today: all of them, those due within the reminder window, those past due. */
export async function billsPanel(db: Db, tenantCode: string, agreementId: number, today: IsoDate): Promise<BillsPanel> {
  const ledger = await ledgerOf(db, tenantCode, agreementId, today);
  const open = ledger.bills.filter((b) => b.outstanding > 0);
  const soon = addDays(today, DUE_SOON_DAYS);
  return {
    open: tally(open), dueSoon: tally(open.filter((b) => b.dueOn >= today && b.dueOn <= soon)),
    overdue: tally(open.filter((b) => b.dueOn < today)), lateFees: sum(ledger.bills.map((b) => b.lateFee)),
  };
}

async function figuresOf(db: Db, pks: PksSummary, year: number, today: IsoDate): Promise<ProgrammeFigures> {
  const [ledger, claims] = await Promise.all([ledgerOf(db, pks.tenantCode, pks.agreementId, today), claimCounts(db, pks.tenantCode, year)]);
  const budget = pks.budget ?? 0;
  return {
    budget, billed: sum(ledger.bills.map((b) => b.amount)), paid: ledger.paid, outstanding: sum(ledger.bills.map((b) => b.outstanding)),
    overdue: sum(ledger.bills.filter((b) => b.outstanding > 0 && b.dueOn < today).map((b) => b.outstanding)),
    realisation: realisationPercent(ledger.paid, budget),
    claims: sum(claims.map((c) => c.count)), benefitsPaid: sum(claims.map((c) => c.benefitsPaid)),
  };
}

/** Figures per regency (tenant code) of the given PKS (callers pass only PKS within the actor's scope); today in each regency's zone. */
export async function programmeFigures(db: Db, pks: PksSummary[], year: number, todayOf: (tenantCode: string) => IsoDate): Promise<Map<string, ProgrammeFigures>> {
  const figures = await Promise.all(pks.map((p) => figuresOf(db, p, year, todayOf(p.tenantCode))));
  return new Map(pks.map((p, i) => [p.tenantCode, figures[i]!]));
}

/** The sum of several regencies' figures (a province's row in the national view). */
export function addFigures(rows: ProgrammeFigures[]): ProgrammeFigures | null {
  if (!rows.length) return null;
  const total = (k: 'budget' | 'billed' | 'paid' | 'outstanding' | 'overdue' | 'claims' | 'benefitsPaid') => sum(rows.map((r) => r[k]));
  return {
    budget: total('budget'), billed: total('billed'), paid: total('paid'), outstanding: total('outstanding'), overdue: total('overdue'),
    realisation: realisationPercent(total('paid'), total('budget')), claims: total('claims'), benefitsPaid: total('benefitsPaid'),
  };
}
