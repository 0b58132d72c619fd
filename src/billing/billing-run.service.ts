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

type Terms = Awaited<ReturnType<typeof groupTerms>>;

async function pksToBill(db: Db, ctx: RequestContext, tenantCode: string, month: IsoMonth, terms: Terms, agreementId?: number): Promise<number[]> {
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
  return [...new Set(terms.filter((g) => g.kind === 'pks' && g.agreementStatus === 'active' && monthOf(g.periodStart) <= month).map((g) => g.agreementId))];
}

/**
 * True when the run has nothing to do for this PKS: every group has its regular bill of the month and the
 * month is not the PKS's last (corrections then wait for the next month). A repeated run stops here,
 * without a transaction — the rerun of a million-line month costs a few queries.
 */
function isBilledAlready(terms: Terms, agreementId: number, month: IsoMonth, billedGroups: ReadonlySet<number>): boolean {
  const groups = terms.filter((g) => g.agreementId === agreementId);
  return groups.length > 0 && month < monthOf(groups[0]!.periodEnd) && groups.every((g) => billedGroups.has(g.groupId));
}

interface Run { tx: Db; tenantCode: string; month: IsoMonth; book: RuleLookup; issuedBy: string; example: boolean; dues: Map<string, Promise<DueDate>> }
interface PksGroup { pks: Pks; group: BillingGroup }
type DueDate = ReturnType<typeof dueDateOf>;

/** The due date of a scheme's bill of the run's month (one calendar read per scheme and run). */
function dueOf(r: Run, scheme: BillingGroup['scheme']): Promise<DueDate> {
  let due = r.dues.get(scheme);
  if (!due) {
    const nominal = dueDateOf(scheme, r.month, r.book, { dates: new Set(), fixed: [] }).nominal;
    due = workingDaysCalendar(r.tx, nominal, addDays(nominal, 60)).then((cal) => dueDateOf(scheme, r.month, r.book, cal));
    r.dues.set(scheme, due);
  }
  return due;
}

/** Bills of the run's month for these groups, one INSERT: group id → new bill id (absent: the group had it already). */
async function newBills(r: Run, groups: readonly PksGroup[], kind: 'regular' | 'correction'): Promise<Map<number, number>> {
  const rows = await Promise.all(groups.map(async ({ pks, group }) => {
    const due = await dueOf(r, group.scheme);
    return {
      tenantCode: r.tenantCode, number: billNumber(r.tenantCode, r.month, pks.id, group.id, kind), agreementId: pks.id, groupId: group.id,
      month: firstDayOf(r.month), kind, scheme: group.scheme, dueOn: due.dueOn, dueRuleIds: due.rules.map((x) => x.rule), issuedBy: r.issuedBy, example: r.example,
    };
  }));
  return new Map((await run.insertBills(r.tx, rows)).map((b) => [b.groupId, b.id]));
}

/** Correction lines for months before `before` on bill `billId`, added to its totals; how many were written. */
async function correct(r: Run, { pks, group }: PksGroup, billId: number, before: IsoMonth): Promise<number> {
  const months = monthsFromTo(monthOf(pks.periodStart), addMonthsToMonth(before, -1)).filter((m) => m <= monthOf(pks.periodEnd));
  if (!months.length) return 0;
  const heads = months.map((m) => perHeadOf(group, m, r.book));
  const scope = { tenantCode: r.tenantCode, billId, group, before: firstDayOf(before) };
  const written = (await run.insertSusulanLines(r.tx, { ...scope, heads, baseSource: heads[0]!.baseSource }))
    + (await run.insertPenguranganLines(r.tx, scope));
  if (written > 0) await run.addCorrectionTotals(r.tx, r.tenantCode, billId);
  return written;
}

/** A group whose PKS has no later month to carry its corrections: a correction bill of the run's month, if any is due. */
async function correctionBill(r: Run, g: PksGroup): Promise<number> {
  const billId = (await newBills(r, [g], 'correction')).get(g.group.id);
  if (billId === undefined) return 0;
  if ((await correct(r, g, billId, addMonthsToMonth(r.month, 1))) > 0) return 1;
  await run.deleteEmptyBill(r.tx, r.tenantCode, billId);
  return 0;
}

/**
 * The run inside its transaction; bills created. Every group whose PKS runs through the month gets its
 * regular bill, and all those bills their lines in one statement; then each new bill takes the group's
 * corrections of earlier months. A group already billed waits for its next month, unless the month is
 * its PKS's last (or after it): then its corrections go on a correction bill.
 */
async function runInTransaction(r: Run, agreements: readonly Pks[]): Promise<number> {
  const groups = agreements.flatMap((pks) => pks.groups.map((group) => ({ pks, group })));
  const inPeriod = groups.filter(({ pks }) => r.month <= monthOf(pks.periodEnd));
  const created = await newBills(r, inPeriod, 'regular');
  const head = (group: BillingGroup) => perHeadOf(group, r.month, r.book);
  await run.insertRegularLines(r.tx, r.tenantCode, inPeriod.flatMap(({ group }) => {
    const billId = created.get(group.id);
    return billId === undefined ? [] : [{ billId, group, head: head(group) }];
  }), firstDayOf(r.month), lastDayOf(r.month));
  let count = created.size;
  for (const g of groups) {
    const billId = created.get(g.group.id);
    if (billId !== undefined) await correct(r, g, billId, r.month);
    else if (r.month >= monthOf(g.pks.periodEnd)) count += await correctionBill(r, g);
  }
  return count;
}

/** Bills a month for one PKS (or every PKS in force). `example` marks the demo's bills. */
export async function runBilling(db: Db, ctx: RequestContext, tenantCode: string, req: RunRequest, opts: { example?: boolean } = {}): Promise<RunResult> {
  await authorizeTenant(db, ctx.actor, tenantCode, 'billing:write');
  const month = assertMonth(req.month, 'month');
  const setting = await billingSettingOf(db, tenantCode);
  if (!setting.wholeMonth) throw new DomainError('BILLING_PRORATION_UNSUPPORTED', 'invalid', {});
  // the tenant's groups and the month's bills, read once: which PKS to bill, and whether a rerun has anything to do
  const [terms, monthBills] = await Promise.all([
    groupTerms(db, tenantCode, req.agreementId === undefined ? {} : { agreementId: req.agreementId }),
    bills.listBills(db, tenantCode, { month: firstDayOf(month) }),
  ]);
  const ids = await pksToBill(db, ctx, tenantCode, month, terms, req.agreementId);
  if (req.agreementId === undefined && ids.length === 0) throw new DomainError('BILLING_NO_PKS', 'invalid', { month });
  const billed = new Set(monthBills.filter((b) => b.kind === 'regular').map((b) => b.group_id));
  const todo = ids.filter((id) => !isBilledAlready(terms, id, month, billed));
  const agreements: Pks[] = await Promise.all(todo.map((id) => getAgreement(db, ctx, tenantCode, id)));
  const book = await getRuleBook(db);
  const created = agreements.length === 0 ? 0 : await db.transaction().execute(async (tx) => {
    for (const pks of agreements) await run.lockAgreement(tx, tenantCode, pks.id);
    const count = await runInTransaction({ tx, tenantCode, month, book, issuedBy: ctx.actor.username, example: opts.example ?? false, dues: new Map() }, agreements);
    if (count > 0) {
      await recordAudit(tx, ctx, { action: 'billing.run', entity: 'bill', entityId: month, tenantCode, details: { month, agreementId: req.agreementId ?? null, created: count } });
    }
    return count;
  });
  const asked = new Set(ids);
  // nothing ran (a repeated run): the bills read before are the answer
  const rows = (agreements.length === 0 ? monthBills : await bills.listBills(db, tenantCode, { month: firstDayOf(month) })).filter((b) => asked.has(b.agreement_id));
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
