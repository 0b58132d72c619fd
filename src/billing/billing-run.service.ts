/**
 * The monthly billing run: one bill per PKS group and month, in ONE transaction (all groups of all PKS
 * asked for), idempotent (a month run twice creates nothing and answers the same bills). Per-head amounts
 * are computed per group-month in TypeScript (src/billing/bill-amounts.ts); every participant line is
 * written set-based by src/billing/billing-run.repository.ts.
 *
 * An issued bill is never edited. A participation added or ended retroactively after its months were
 * billed becomes `susulan` / `pengurangan` lines with a reason on the group's next regular bill; when the
 * PKS has no later month (the run's month is its last or after it) they go on a correction bill of the
 * run's month. A retroactive change to a month only shows when a later month (or a correction run) runs.
 */
import { recordAudit } from '../audit/audit.service';
import { clockOf, type RequestContext } from '../auth/actor';
import { authorizeTenant } from '../auth/scope.service';
import { todayIn } from '../clock/clock';
import { groupTerms } from '../agreements/agreement-groups.service';
import { getAgreement } from '../agreements/agreements.service';
import { workingDaysCalendar } from '../calendar/calendar.service';
import type { Db } from '../db/database';
import { dueDateOf, lastDayOf, monthsFromTo } from '../domain/bill-rules';
import { addDays, addMonthsToMonth, assertMonth, firstDayOf, monthOf, type IsoMonth } from '../domain/calendar';
import { DomainError } from '../domain/errors';
import type { RuleLookup } from '../domain/rule-lookup';
import { getRuleBook } from '../regulation/rule-book.service';
import { perHeadOf, type BillingGroup } from './bill-amounts';
import './billing.messages';
import * as run from './billing-run.repository';
import * as bills from './bills.repository';
import { billingSettingOf } from './billing-settings.service';

export interface RunRequest { month: string; agreementId?: number }
export interface RunBill { id: number; number: string; agreementId: number; groupId: number; participants: number; amount: number; dueDate: string }
export interface RunResult { month: IsoMonth; created: number; bills: RunBill[] }

interface Pks { id: number; periodStart: string; periodEnd: string; groups: BillingGroup[] }

/** Readable and unique per tenant: the regency, the month, the PKS and the group ("/K": a correction bill). */
export const billNumber = (tenantCode: string, month: IsoMonth, agreementId: number, groupId: number, kind: 'regular' | 'correction') =>
  `TGH/${tenantCode}/${month.replace('-', '')}/${agreementId}-${groupId}${kind === 'correction' ? '/K' : ''}`;

async function pksToBill(db: Db, ctx: RequestContext, tenantCode: string, month: IsoMonth, agreementId?: number): Promise<number[]> {
  if (agreementId !== undefined) {
    const a = await getAgreement(db, ctx, tenantCode, agreementId);
    if (a.kind !== 'pks') throw new DomainError('BILLING_AGREEMENT_NOT_PKS', 'invalid', { field: 'agreementId', agreementId });
    if (a.status !== 'active' && a.status !== 'ended') throw new DomainError('BILLING_AGREEMENT_NOT_ACTIVE', 'conflict', { agreementId });
    if (month < monthOf(a.periodStart)) {
      throw new DomainError('BILLING_MONTH_OUTSIDE_PKS', 'invalid', { field: 'month', month, start: a.periodStart, end: a.periodEnd });
    }
    return [a.id];
  }
  // Every PKS in force whose period has begun by the month (after its end: corrections only).
  const groups = await groupTerms(db, tenantCode, {});
  return [...new Set(groups.filter((g) => g.kind === 'pks' && g.agreementStatus === 'active' && monthOf(g.periodStart) <= month).map((g) => g.agreementId))];
}

/**
 * True when the run has nothing to do for this PKS: every group has its regular bill of the month and the
 * month is not the PKS's last (corrections then wait for the next month). A repeated run stops here,
 * without a transaction — the rerun of a million-line month costs a few queries.
 */
async function isBilledAlready(db: Db, tenantCode: string, agreementId: number, month: IsoMonth, billedGroups: ReadonlySet<number>): Promise<boolean> {
  const groups = await groupTerms(db, tenantCode, { agreementId });
  return groups.length > 0 && month < monthOf(groups[0]!.periodEnd) && groups.every((g) => billedGroups.has(g.groupId));
}

interface GroupRun { tx: Db; tenantCode: string; pks: Pks; group: BillingGroup; month: IsoMonth; book: RuleLookup; issuedBy: string; example: boolean }

async function newBill(r: GroupRun, month: IsoMonth, kind: 'regular' | 'correction'): Promise<number | null> {
  const nominal = dueDateOf(r.group.scheme, month, r.book, { dates: new Set(), fixed: [] }).nominal;
  const cal = await workingDaysCalendar(r.tx, nominal, addDays(nominal, 60));
  const due = dueDateOf(r.group.scheme, month, r.book, cal);
  return run.insertBill(r.tx, {
    tenantCode: r.tenantCode, number: billNumber(r.tenantCode, month, r.pks.id, r.group.id, kind), agreementId: r.pks.id, groupId: r.group.id,
    month: firstDayOf(month), kind, scheme: r.group.scheme, dueOn: due.dueOn, dueRuleIds: due.rules.map((x) => x.rule), issuedBy: r.issuedBy, example: r.example,
  });
}

/** Correction lines for months before `before` on bill `billId`; how many were written. */
async function correct(r: GroupRun, billId: number, before: IsoMonth): Promise<number> {
  const months = monthsFromTo(monthOf(r.pks.periodStart), addMonthsToMonth(before, -1)).filter((m) => m <= monthOf(r.pks.periodEnd));
  if (!months.length) return 0;
  const heads = months.map((m) => perHeadOf(r.group, m, r.book));
  const scope = { tenantCode: r.tenantCode, billId, group: r.group, before: firstDayOf(before) };
  return (await run.insertSusulanLines(r.tx, { ...scope, heads, baseSource: heads[0]!.baseSource }))
    + (await run.insertPenguranganLines(r.tx, scope));
}

/** One group's part of the run: its regular bill of the month, or a correction bill after the PKS. Bills created. */
async function runGroup(r: GroupRun): Promise<number> {
  const lastMonth = monthOf(r.pks.periodEnd);
  if (r.month <= lastMonth) {
    const billId = await newBill(r, r.month, 'regular');
    if (billId !== null) {
      await run.insertRegularLines(r.tx, r.tenantCode, billId, r.group, perHeadOf(r.group, r.month, r.book), firstDayOf(r.month), lastDayOf(r.month));
      await correct(r, billId, r.month);
      await run.totalBill(r.tx, r.tenantCode, billId);
      return 1;
    }
    if (r.month < lastMonth) return 0; // already billed; later changes wait for the next month's bill
  }
  // No later month in the PKS to carry corrections: a correction bill of the run's month, if any is due.
  const billId = await newBill(r, r.month, 'correction');
  if (billId === null) return 0;
  if ((await correct(r, billId, addMonthsToMonth(r.month, 1))) === 0) {
    await run.deleteEmptyBill(r.tx, r.tenantCode, billId);
    return 0;
  }
  await run.totalBill(r.tx, r.tenantCode, billId);
  return 1;
}

/** Bills a month for one PKS (or every PKS in force). `example` marks the demo's bills. */
export async function runBilling(db: Db, ctx: RequestContext, tenantCode: string, req: RunRequest, opts: { example?: boolean } = {}): Promise<RunResult> {
  await authorizeTenant(db, ctx.actor, tenantCode, 'billing:write');
  const month = assertMonth(req.month, 'month');
  const setting = await billingSettingOf(db, tenantCode);
  if (!setting.wholeMonth) throw new DomainError('BILLING_PRORATION_UNSUPPORTED', 'invalid', {});
  const ids = await pksToBill(db, ctx, tenantCode, month, req.agreementId);
  if (req.agreementId === undefined && ids.length === 0) throw new DomainError('BILLING_NO_PKS', 'invalid', { month });
  const billed = new Set((await bills.listBills(db, tenantCode, { month: firstDayOf(month) })).filter((b) => b.kind === 'regular').map((b) => b.group_id));
  const todo: number[] = [];
  for (const id of ids) if (!(await isBilledAlready(db, tenantCode, id, month, billed))) todo.push(id);
  const agreements: Pks[] = [];
  for (const id of todo) agreements.push(await getAgreement(db, ctx, tenantCode, id));
  const book = await getRuleBook(db);
  const created = agreements.length === 0 ? 0 : await db.transaction().execute(async (tx) => {
    let count = 0;
    for (const pks of agreements) {
      await run.lockAgreement(tx, tenantCode, pks.id);
      for (const group of pks.groups) {
        count += await runGroup({ tx, tenantCode, pks, group, month, book, issuedBy: ctx.actor.username, example: opts.example ?? false });
      }
    }
    if (count > 0) {
      await recordAudit(tx, ctx, { action: 'billing.run', entity: 'bill', entityId: month, tenantCode, details: { month, agreementId: req.agreementId ?? null, created: count } });
    }
    return count;
  });
  const asked = new Set(ids);
  const rows = (await bills.listBills(db, tenantCode, { month: firstDayOf(month) })).filter((b) => asked.has(b.agreement_id));
  return {
    month, created,
    bills: rows.map((b) => ({ id: b.id, number: b.number, agreementId: b.agreement_id, groupId: b.group_id, participants: b.participants, amount: b.amount, dueDate: b.due_on })),
  };
}

/** The scheduled run (1st of each month): this month for every PKS in force, per tenant that has one. */
export async function runMonthForTenant(db: Db, ctx: RequestContext, tenantCode: string): Promise<RunResult | null> {
  const month = monthOf(todayIn(clockOf(ctx), tenantCode));
  try {
    return await runBilling(db, ctx, tenantCode, { month });
  } catch (error) {
    if (error instanceof DomainError && error.code === 'BILLING_NO_PKS') return null;
    throw error;
  }
}
