/**
 * Coverage follows payment (issue #12 item 5) — the questions claims, self-service and reports ask
 * (CONTRACTS.md payments-m1). No actor: the caller authorises and scopes.
 * - coverageOn: is a participant covered on a day (active and paid / active, unpaid within grace / not)?
 * - monthsPaid: the months of a year a participant's bill is paid in full (lunas);
 * - contributionsPaid: contributions paid into bills of a year, per PKS group;
 * - realisation: the budget realisation of a PKS (re-exported from realisation.service.ts).
 * Paid status is today's (payments recorded so far), even for a past day: a payment made after an
 * incident but within grace still covers it.
 */
import { groupTerms } from '../agreements/agreement-groups.service';
import type { Db } from '../db/database';
import { monthStatus, type MonthStatus } from '../domain/bill-status';
import { nominalDueDate } from '../domain/bill-rules';
import { formatMonth, monthOf, type IsoDate, type IsoMonth } from '../domain/calendar';
import { coverageVerdict, type CoverageReason, type CoverageVerdict } from '../domain/coverage';
import { notFound } from '../domain/errors';
import { requireValueAt } from '../domain/rule-lookup';
import { participationFacts } from '../enrolment/participation-facts.service';
import { getRuleBook } from '../regulation/rule-book.service';
import { billedMonth } from './billing-facts.service';
import { ledgerOf } from './payment-ledger.service';
import * as settings from './payment-settings.repository';
import './payments.messages';

export { realisation } from './realisation.service';
export type { CoverageVerdict };

export interface CoverageAnswer {
  verdict: CoverageVerdict; reasons: CoverageReason[]; month: IsoMonth; billId: number | null;
  monthStatus: MonthStatus | 'not-billed'; unconfirmed: boolean; graceUntil: IsoDate | null; graceMonths: number; graceRule: string | null;
}

/** Grace months of a scheme: PU the tenant setting (default the rule's), BPU the rule's (none). */
async function graceOf(db: Db, tenantCode: string, scheme: 'pu' | 'bpu', on: IsoDate) {
  const rule = requireValueAt(await getRuleBook(db), 'coverage.grace-months', on, 'months', { scheme });
  const setting = scheme === 'pu' ? await settings.tenantSetting(db, tenantCode) : undefined;
  return setting ? { months: setting.pu_grace_months, rule: 'billing_setting.pu_grace_months' } : { months: rule.value, rule: rule.id };
}

/** The due date a month not billed yet would have (before any working-day shift). */
async function nominalDueOn(db: Db, scheme: 'pu' | 'bpu', month: IsoMonth): Promise<IsoDate> {
  return nominalDueDate(scheme, month, await getRuleBook(db)).date;
}

export async function coverageOn(db: Db, tenantCode: string, participationId: number, on: IsoDate): Promise<CoverageAnswer> {
  const facts = await participationFacts(db, tenantCode, participationId);
  if (!facts) throw notFound('participation', participationId);
  const month = monthOf(on);
  const [group] = await groupTerms(db, tenantCode, { groupIds: [facts.groupId] });
  const scheme = group?.scheme ?? 'pu';
  const billed = await billedMonth(db, tenantCode, participationId, month);
  const bill = billed ? (await ledgerOf(db, tenantCode, facts.agreementId, on)).bills.find((b) => b.id === billed.billId) : undefined;
  const status: MonthStatus | 'not-billed' = bill ? monthStatus(bill.amount, bill.paid) : 'not-billed';
  const grace = await graceOf(db, tenantCode, scheme, on);
  const answer = coverageVerdict({
    on, active: facts.activeOn(on), insidePks: !!group && group.periodStart <= on && on <= group.periodEnd, monthStatus: status,
    dueOn: bill?.dueOn ?? await nominalDueOn(db, scheme, month), graceMonths: grace.months,
  });
  return { ...answer, month, billId: billed?.billId ?? null, monthStatus: status, graceMonths: grace.months, graceRule: grace.rule };
}

/** Months of `year` whose bill for this participant is paid in full. */
export async function monthsPaid(db: Db, tenantCode: string, participationId: number, year: number): Promise<IsoMonth[]> {
  const facts = await participationFacts(db, tenantCode, participationId);
  if (!facts) throw notFound('participation', participationId);
  const months = Array.from({ length: 12 }, (_, i) => formatMonth(year, i + 1));
  const billed = await Promise.all(months.map((m) => billedMonth(db, tenantCode, participationId, m)));
  if (billed.every((b) => b === null)) return [];
  const ledger = await ledgerOf(db, tenantCode, facts.agreementId, `${year}-12-31`);
  const paid = new Set(ledger.bills.filter((b) => monthStatus(b.amount, b.paid) === 'lunas').map((b) => b.id));
  return months.filter((_, i) => billed[i] && paid.has(billed[i]!.billId));
}

/** Contributions paid into the bills of `year`'s months (allocated, so credit not yet owed is not counted). */
export async function contributionsPaid(db: Db, tenantCode: string, q: { year: number; agreementId?: number }):
  Promise<{ total: number; byGroup: { groupId: number; amount: number }[] }> {
  const ids = q.agreementId !== undefined ? [q.agreementId]
    : [...new Set((await groupTerms(db, tenantCode, {})).filter((g) => g.kind === 'pks').map((g) => g.agreementId))];
  const byGroup = new Map<number, number>();
  for (const ledger of await Promise.all(ids.map((id) => ledgerOf(db, tenantCode, id, `${q.year}-12-31`)))) {
    for (const bill of ledger.bills) {
      if (bill.month.startsWith(`${q.year}-`)) byGroup.set(bill.groupId, (byGroup.get(bill.groupId) ?? 0) + bill.paid);
    }
  }
  const items = [...byGroup].map(([groupId, amount]) => ({ groupId, amount })).sort((a, b) => a.groupId - b.groupId);
  return { total: items.reduce((s, g) => s + g.amount, 0), byGroup: items };
}
