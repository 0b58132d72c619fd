/**
 * SQL of the billing run (migration 0014). Participant rows never pass through JavaScript: a month's new
 * regular bills are one INSERT of bills and ONE INSERT … SELECT of all their lines over enrolment's
 * sub-query (`participationsActiveInMonth`) joined to the bills' per-head terms, totalling the bills in the
 * same statement; corrections are two more set-based INSERTs per group. Idempotency is the bill's UNIQUE
 * (tenant_code, group_id, month, kind) with ON CONFLICT DO NOTHING, under a transaction-scoped advisory
 * lock per PKS so two runs of one PKS queue instead of racing. Lines reference their bill without a
 * row-level foreign key (migration 0021): every line's bill id is one this run inserted in its transaction.
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

/** The bills inserted (id and group), one statement; a group that already has that month's bill of that kind gets none. */
export async function insertBills(tx: Db, bills: readonly NewBill[]): Promise<{ id: number; groupId: number }[]> {
  if (!bills.length) return [];
  const rows = await tx.insertInto('bill').values(bills.map((b) => ({
    tenant_code: b.tenantCode, number: b.number, agreement_id: b.agreementId, group_id: b.groupId, month: b.month, kind: b.kind,
    scheme: b.scheme, due_on: b.dueOn, due_rule_ids: b.dueRuleIds, issued_by: b.issuedBy, example: b.example,
  }))).onConflict((oc) => oc.columns(['tenant_code', 'group_id', 'month', 'kind']).doNothing()).returning(['id', 'group_id']).execute();
  return rows.map((r) => ({ id: r.id, groupId: r.group_id }));
}

export interface RegularBill { billId: number; group: BillingGroup; head: PerHead }

/** The per-head terms of each new regular bill, rows of g(bill_id, group_id, …): joined to the lines, not computed per row. */
function billTerms(bills: readonly RegularBill[]) {
  return sql.join(bills.map(({ billId, group: g, head: h }) => sql`(${billId}::bigint, ${g.id}::bigint, ${h.base}::bigint, ${h.baseSource}::text, ${g.scheme}::text, ${g.riskClass}::text, ${g.funding}::text, ${h.jkk}::bigint, ${h.jkm}::bigint, ${h.jht}::bigint, ${h.amount}::bigint, ${h.ruleIds}::text[])`));
}

/**
 * The regular lines of every new bill of a month (all groups of the tenant at once): every participation
 * active on at least one day of the month, ONE INSERT … SELECT; the same statement totals the bills from
 * the lines it inserted (every regular line of a bill has the bill's per-head amounts), so no second pass
 * reads them back. Lines written.
 */
export async function insertRegularLines(tx: Db, tenantCode: string, bills: readonly RegularBill[], monthStart: string, monthEnd: string): Promise<number> {
  if (!bills.length) return 0;
  const p = participationsActiveInMonth(tx, tenantCode, { groupIds: bills.map((b) => b.group.id) });
  const r = await sql<{ lines: string }>`
    WITH g (bill_id, group_id, base, base_source, scheme, risk_class, funding, jkk, jkm, jht, amount, rule_ids) AS (VALUES ${billTerms(bills)}),
    inserted AS (
      INSERT INTO bill_line (tenant_code, bill_id, participation_id, month, kind, group_id, base, base_source, scheme, risk_class, funding,
                             jkk, jkm, jht, amount, rule_ids, worker_group, opd_id, village_code)
      SELECT ${tenantCode}, g.bill_id, p.participation_id, ${monthStart}::date, 'regular', g.group_id, g.base, g.base_source, g.scheme,
             g.risk_class, g.funding, g.jkk, g.jkm, g.jht, g.amount, g.rule_ids, p.worker_group, p.opd_id, p.village_code
      FROM (${p}) p
      JOIN g ON g.group_id = p.group_id
      WHERE p.status IN ('aktif','berakhir') AND p.coverage_from <= ${monthEnd}::date AND p.coverage_to >= ${monthStart}::date
      RETURNING bill_id
    ), counted AS (SELECT bill_id, count(*) AS heads FROM inserted GROUP BY bill_id),
    totalled AS (
      UPDATE bill SET participants = c.heads, jkk = c.heads * g.jkk, jkm = c.heads * g.jkm, jht = c.heads * g.jht, amount = c.heads * g.amount
      FROM counted c JOIN g ON g.bill_id = c.bill_id
      WHERE bill.tenant_code = ${tenantCode} AND bill.id = c.bill_id
      RETURNING c.heads
    )
    SELECT coalesce(sum(heads), 0) AS lines FROM totalled
  `.execute(tx);
  return Number(r.rows[0]?.lines ?? 0);
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

/**
 * Adds a bill's correction lines to its totals, once its corrections are written (before the bill is
 * committed; never edited afterwards). A bill with regular lines counts those participants; a bill of
 * corrections only (or a regular bill nobody was active in) counts the participants its corrections name.
 * Only the correction lines are read (kind is in the primary key: no heap visit for the regular ones).
 */
export async function addCorrectionTotals(tx: Db, tenantCode: string, billId: number): Promise<void> {
  await sql`
    UPDATE bill SET participants = CASE WHEN bill.participants > 0 THEN bill.participants ELSE s.participants END,
                    jkk = bill.jkk + s.jkk, jkm = bill.jkm + s.jkm, jht = bill.jht + s.jht, amount = bill.amount + s.amount
    FROM (SELECT count(DISTINCT participation_id) AS participants, coalesce(sum(jkk), 0) AS jkk, coalesce(sum(jkm), 0) AS jkm,
                 coalesce(sum(jht), 0) AS jht, coalesce(sum(amount), 0) AS amount
          FROM bill_line WHERE tenant_code = ${tenantCode} AND bill_id = ${billId} AND kind IN ('susulan','pengurangan')) s
    WHERE bill.tenant_code = ${tenantCode} AND bill.id = ${billId}
  `.execute(tx);
}

/** A correction bill that found nothing to correct is dropped before anyone saw it (same transaction; never one with lines). */
export async function deleteEmptyBill(tx: Db, tenantCode: string, billId: number): Promise<void> {
  await tx.deleteFrom('bill').where('tenant_code', '=', tenantCode).where('id', '=', billId)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('bill_line').select('bill_id').where('tenant_code', '=', tenantCode).where('bill_id', '=', billId))))
    .execute();
}

/** Regular bills of a group (months already billed). */
export function billedMonthsOf(tx: Db, tenantCode: string, groupId: number) {
  return tx.selectFrom('bill').select(['month', 'issued_at']).where('tenant_code', '=', tenantCode).where('group_id', '=', groupId)
    .where('kind', '=', 'regular').orderBy('month').execute();
}
