/**
 * Budget realisation of a PKS (issue #12 item 6): budget, billed, paid, outstanding, late fees, credit,
 * what is left of the budget, and the forecast — at today's active headcount — of the month the budget
 * runs out and the balance at the PKS's end. `remainingBudget` = budget − paid − outstanding − late fees:
 * what is neither spent nor owed (negative: the commitments already exceed the budget).
 * No actor in `realisation` (other capabilities call it); `realisationFor` authorises for the routes.
 */
import { agreementFacts } from '../agreements/agreement-facts.service';
import { loadAgreement } from '../agreements/agreement-access.service';
import { planOf } from '../agreements/agreements.service';
import type { RequestContext } from '../auth/actor';
import type { Db } from '../db/database';
import { DUE_SOON_DAYS, monthStatus, type MonthStatus } from '../domain/bill-status';
import { forecastBudget } from '../domain/budget-forecast';
import { addDays, addMonthsToMonth, monthOf, type IsoDate, type IsoMonth } from '../domain/calendar';
import { notFound } from '../domain/errors';
import { activeHeadcounts } from '../enrolment/participation-facts.service';
import { ledgerOf, type BillState } from './payment-ledger.service';

export interface RealisationMonth { month: IsoMonth; billed: number; paid: number; status: MonthStatus | 'not-billed' }

export interface Realisation {
  agreementId: number; budget: number; billed: number; paid: number; outstanding: number; lateFees: number; credit: number;
  remainingBudget: number; runsOutIn: IsoMonth | null; months: RealisationMonth[];
  forecast: { yearEndBalance: number; monthlyCost: number; activeHeadcount: number; headcountOn: IsoDate; lateFeeOn: boolean };
}

const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);

function monthsOf(from: IsoMonth, to: IsoMonth): IsoMonth[] {
  const months: IsoMonth[] = [];
  for (let m = from; m <= to; m = addMonthsToMonth(m, 1)) months.push(m);
  return months;
}

export async function realisation(db: Db, tenantCode: string, agreementId: number, today: IsoDate): Promise<Realisation> {
  const agreement = await agreementFacts(db, tenantCode, agreementId);
  if (!agreement || agreement.kind !== 'pks') throw notFound('agreement', agreementId);
  const ledger = await ledgerOf(db, tenantCode, agreementId, today);
  // today's headcount, clamped into the PKS period (before it starts: those enrolled from its first day)
  const headcountOn = today < agreement.periodStart ? agreement.periodStart : today > agreement.periodEnd ? agreement.periodEnd : today;
  const [plan, heads] = await Promise.all([planOf(db, agreement), activeHeadcounts(db, tenantCode, agreementId, headcountOn)]);
  const monthlyCost = sum(plan.groups.map((g) => g.perHeadMonthly * (heads.get(g.groupId) ?? 0)));
  const months = monthsOf(monthOf(agreement.periodStart), monthOf(agreement.periodEnd)).map((month): RealisationMonth => {
    const bills = ledger.bills.filter((b) => b.month === month);
    const billed = sum(bills.map((b) => b.amount));
    const paid = sum(bills.map((b) => b.paid));
    return { month, billed, paid, status: bills.length ? monthStatus(billed, paid) : 'not-billed' };
  });
  const budget = agreement.budget?.amount ?? 0;
  const billed = sum(ledger.bills.map((b) => b.amount));
  const outstanding = sum(ledger.bills.map((b) => b.outstanding));
  const lateFees = sum(ledger.bills.map((b) => b.lateFee));
  const forecast = forecastBudget({
    budget, from: months[0]!.month, to: months[months.length - 1]!.month, lateFees, monthlyCost,
    billed: new Map(months.filter((m) => m.status !== 'not-billed').map((m) => [m.month, m.billed])),
  });
  return {
    agreementId, budget, billed, paid: ledger.paid, outstanding, lateFees, credit: ledger.credit,
    remainingBudget: budget - ledger.paid - outstanding - lateFees, runsOutIn: forecast.runsOutIn, months,
    forecast: { yearEndBalance: forecast.yearEndBalance, monthlyCost, activeHeadcount: sum([...heads.values()]), headcountOn, lateFeeOn: ledger.lateFeeOn },
  };
}

export type WarningCode = 'BILL_OVERDUE' | 'BILL_DUE_SOON';

/** Open bills due within DUE_SOON_DAYS days or past due (the PKS page and the Beranda warn about them). */
export function warningsOf(bills: readonly BillState[], today: IsoDate): { code: WarningCode; billId: number; dueOn: IsoDate }[] {
  const soon = addDays(today, DUE_SOON_DAYS);
  return bills.filter((b) => b.outstanding > 0 && b.dueOn <= soon)
    .map((b) => ({ code: b.dueOn < today ? 'BILL_OVERDUE' as const : 'BILL_DUE_SOON' as const, billId: b.id, dueOn: b.dueOn }));
}

/** GET …/agreements/:id/realisation: scoped, with the warnings. */
export async function realisationFor(db: Db, ctx: RequestContext, tenantCode: string, agreementId: number, today: IsoDate) {
  await loadAgreement(db, ctx, tenantCode, agreementId, 'payments:read');
  const [result, ledger] = await Promise.all([realisation(db, tenantCode, agreementId, today), ledgerOf(db, tenantCode, agreementId, today)]);
  return { ...result, warnings: warningsOf(ledger.bills, today) };
}
