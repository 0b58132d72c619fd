/**
 * SQL of the billing run (migration 0014). Participant rows never pass through JavaScript: each group-month
 * is one INSERT … SELECT over enrolment's sub-query (`participationsActiveInMonth`) with the per-head
 * amounts as parameters; corrections are two more set-based INSERTs. Idempotency is the bill's UNIQUE
 * (tenant_code, group_id, month, kind) with ON CONFLICT DO NOTHING, under a transaction-scoped advisory
 * lock per PKS so two runs of one PKS queue instead of racing.
 */
import { sql } from 'kysely';
import type { Db } from '../db/database';
import { participationsActiveInMonth } from '../enrolment/billable-participations.service';
import type { BillingGroup, PerHead } from './bill-amounts';

/** Serialises runs of one PKS until the transaction ends. */
export async function lockAgreement(tx: Db, tenantCode: string, agreementId: number): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`billing.run:${tenantCode}`}), ${agreementId}::int)`.execute(tx);
}

export interface NewBill {
  tenantCode: string; number: string; agreementId: number; groupId: number; month: string; kind: 'regular' | 'correction';
  scheme: 'pu' | 'bpu'; dueOn: string; dueRuleIds: string[]; issuedBy: string; example: boolean;
}

/** The new bill's id, or null when the group already has that month's bill of that kind. */
export async function insertBill(tx: Db, b: NewBill): Promise<number | null> {
  const row = await tx.insertInto('bill').values({
    tenant_code: b.tenantCode, number: b.number, agreement_id: b.agreementId, group_id: b.groupId, month: b.month, kind: b.kind,
    scheme: b.scheme, due_on: b.dueOn, due_rule_ids: b.dueRuleIds, issued_by: b.issuedBy, example: b.example,
  }).onConflict((oc) => oc.columns(['tenant_code', 'group_id', 'month', 'kind']).doNothing()).returning('id').executeTakeFirst();
  return row?.id ?? null;
}

/** The regular lines of one group-month: every participation active on at least one day of the month. */
export async function insertRegularLines(tx: Db, tenantCode: string, billId: number, g: BillingGroup, head: PerHead, monthStart: string, monthEnd: string) {
  const p = participationsActiveInMonth(tx, tenantCode, { groupIds: [g.id] }).as('p');
  const r = await tx.insertInto('bill_line')
    .columns(['tenant_code', 'bill_id', 'participation_id', 'month', 'kind', 'group_id', 'base', 'base_source', 'scheme', 'risk_class', 'funding',
      'jkk', 'jkm', 'jht', 'amount', 'rule_ids', 'worker_group', 'opd_id', 'village_code'])
    .expression(tx.selectFrom(p).select((eb) => [
      eb.val(tenantCode).as('tenant_code'), sql<number>`${billId}::bigint`.as('bill_id'), 'p.participation_id', sql<string>`${monthStart}::date`.as('month'),
      sql<string>`'regular'`.as('kind'), sql<number>`${g.id}::bigint`.as('group_id'), sql<number>`${head.base}::bigint`.as('base'),
      eb.val(head.baseSource).as('base_source'), eb.val(g.scheme).as('scheme'), sql<string | null>`${g.riskClass}::text`.as('risk_class'),
      eb.val(g.funding).as('funding'), sql<number>`${head.jkk}::bigint`.as('jkk'), sql<number>`${head.jkm}::bigint`.as('jkm'),
      sql<number>`${head.jht}::bigint`.as('jht'), sql<number>`${head.amount}::bigint`.as('amount'), sql<string[]>`${head.ruleIds}::text[]`.as('rule_ids'),
      'p.worker_group', 'p.opd_id', 'p.village_code',
    ])
      .where('p.status', 'in', ['aktif', 'berakhir'])
      .where('p.coverage_from', '<=', monthEnd).where('p.coverage_to', '>=', monthStart))
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0);
}

/** The per-head amounts of the months a correction may touch, as a derived table a(month, …). */
function amountsTable(heads: readonly PerHead[]) {
  return sql`unnest(${heads.map((h) => `${h.month}-01`)}::date[], ${heads.map((h) => h.base)}::bigint[], ${heads.map((h) => h.jkk)}::bigint[],
    ${heads.map((h) => h.jkm)}::bigint[], ${heads.map((h) => h.jht)}::bigint[], ${heads.map((h) => h.amount)}::bigint[],
    ${heads.map((h) => h.ruleIds.join(' '))}::text[]) AS a(month, base, jkk, jkm, jht, amount, rule_ids)`;
}

// The month's lines of a participation net to >0 when it is billed (regular/susulan +1, pengurangan −1).
// The sub-query has its own alias `n`: an `l` here would shadow the caller's `l` in the arguments.
const netBilled = (tenantCode: string, participation: ReturnType<typeof sql>, month: ReturnType<typeof sql>) => sql`coalesce((
  SELECT sum(CASE WHEN n.kind = 'pengurangan' THEN -1 ELSE 1 END) FROM bill_line n
  WHERE n.tenant_code = ${tenantCode} AND n.participation_id = ${participation} AND n.month = ${month}), 0)`;

const ACTIVE_IN_BILL_MONTH = sql`p.status IN ('aktif','berakhir') AND p.coverage_from <= (b.month + interval '1 month' - interval '1 day')::date AND p.coverage_to >= b.month`;

export interface CorrectionScope { tenantCode: string; billId: number; group: BillingGroup; baseSource: string; heads: readonly PerHead[]; before: string }

/**
 * Susulan: a participation active in an already-billed month (regular bill of the group, month < before)
 * whose lines for that month do not bill it — added or back-dated after the bill was issued. Only
 * participations changed after that bill was issued can be such, which keeps the scan small.
 */
export async function insertSusulanLines(tx: Db, c: CorrectionScope): Promise<number> {
  const p = participationsActiveInMonth(tx, c.tenantCode, { groupIds: [c.group.id] });
  const r = await sql`
    INSERT INTO bill_line (tenant_code, bill_id, participation_id, month, kind, group_id, base, base_source, scheme, risk_class, funding,
                           jkk, jkm, jht, amount, rule_ids, reason, reason_on, worker_group, opd_id, village_code)
    SELECT ${c.tenantCode}, ${c.billId}, p.participation_id, b.month, 'susulan', b.group_id, a.base, ${c.baseSource}, b.scheme,
           ${c.group.riskClass}::text, ${c.group.funding}, a.jkk, a.jkm, a.jht, a.amount, string_to_array(a.rule_ids, ' '),
           'participation-added', p.coverage_from, p.worker_group, p.opd_id, p.village_code
    FROM bill b
    JOIN ${amountsTable(c.heads)} ON a.month = b.month
    JOIN (${p}) p ON ${ACTIVE_IN_BILL_MONTH} AND p.updated_at > b.issued_at
    WHERE b.tenant_code = ${c.tenantCode} AND b.group_id = ${c.group.id} AND b.kind = 'regular' AND b.month < ${c.before}::date
      AND ${netBilled(c.tenantCode, sql`p.participation_id`, sql`b.month`)} <= 0
  `.execute(tx);
  return Number(r.numAffectedRows ?? 0);
}

/**
 * Pengurangan: a participant-month billed (net > 0) that is no longer active in that month — ended or
 * refused retroactively, or its coverage moved. The line takes back exactly what was billed.
 */
export async function insertPenguranganLines(tx: Db, c: Omit<CorrectionScope, 'heads' | 'baseSource'>): Promise<number> {
  const p = participationsActiveInMonth(tx, c.tenantCode, { groupIds: [c.group.id] });
  const r = await sql`
    INSERT INTO bill_line (tenant_code, bill_id, participation_id, month, kind, group_id, base, base_source, scheme, risk_class, funding,
                           jkk, jkm, jht, amount, rule_ids, reason, reason_on, worker_group, opd_id, village_code)
    SELECT DISTINCT ON (l.participation_id, l.month)
           ${c.tenantCode}, ${c.billId}, l.participation_id, l.month, 'pengurangan', l.group_id, l.base, l.base_source, l.scheme,
           l.risk_class, l.funding, -l.jkk, -l.jkm, -l.jht, -l.amount, l.rule_ids,
           CASE p.status WHEN 'berakhir' THEN 'participation-ended' WHEN 'ditolak' THEN 'participation-refused' ELSE 'coverage-changed' END,
           CASE p.status WHEN 'berakhir' THEN p.ended_on ELSE p.coverage_from END,
           l.worker_group, l.opd_id, l.village_code
    FROM (${p}) p
    JOIN bill b ON b.tenant_code = ${c.tenantCode} AND b.group_id = ${c.group.id} AND b.kind = 'regular' AND b.month < ${c.before}::date
               AND p.updated_at > b.issued_at
    JOIN bill_line l ON l.tenant_code = ${c.tenantCode} AND l.participation_id = p.participation_id AND l.month = b.month AND l.kind <> 'pengurangan'
    WHERE NOT coalesce(${ACTIVE_IN_BILL_MONTH}, false)
      AND ${netBilled(c.tenantCode, sql`l.participation_id`, sql`l.month`)} > 0
    ORDER BY l.participation_id, l.month, l.bill_id DESC
  `.execute(tx);
  return Number(r.numAffectedRows ?? 0);
}

/** A bill's totals from its lines (set once, before the bill is committed; never edited afterwards). */
export async function totalBill(tx: Db, tenantCode: string, billId: number): Promise<void> {
  await sql`
    UPDATE bill SET participants = s.participants, jkk = s.jkk, jkm = s.jkm, jht = s.jht, amount = s.amount
    FROM (SELECT CASE WHEN bool_or(kind = 'regular') THEN count(*) FILTER (WHERE kind = 'regular') ELSE count(DISTINCT participation_id) END AS participants,
                 coalesce(sum(jkk), 0) AS jkk, coalesce(sum(jkm), 0) AS jkm, coalesce(sum(jht), 0) AS jht, coalesce(sum(amount), 0) AS amount
          FROM bill_line WHERE tenant_code = ${tenantCode} AND bill_id = ${billId}) s
    WHERE bill.tenant_code = ${tenantCode} AND bill.id = ${billId}
  `.execute(tx);
}

/** A correction bill that found nothing to correct is dropped before anyone saw it (same transaction). */
export async function deleteEmptyBill(tx: Db, tenantCode: string, billId: number): Promise<void> {
  await tx.deleteFrom('bill').where('tenant_code', '=', tenantCode).where('id', '=', billId).execute();
}

/** Regular bills of a group (months already billed). */
export function billedMonthsOf(tx: Db, tenantCode: string, groupId: number) {
  return tx.selectFrom('bill').select(['month', 'issued_at']).where('tenant_code', '=', tenantCode).where('group_id', '=', groupId)
    .where('kind', '=', 'regular').orderBy('month').execute();
}
