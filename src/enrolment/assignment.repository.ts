/**
 * SQL for assigning registry members to PKS groups, set-based: how many occupy a group's quota from a
 * day on, the candidates (a registry sub-query from src/workers, filtered against every overlapping
 * participation of the same NIK in any regency and ordered as the waitlist setting says), and the
 * INSERT … SELECT that enrols the first N of them.
 */
import { sql, type Expression, type RawBuilder } from 'kysely';
import type { Db } from '../db/database';
import type { ParticipationStatus, WaitlistOrder } from '../db/schema';
import type { activeMembershipsQuery } from '../workers/participant-source.service';

export type CandidateSource = ReturnType<typeof activeMembershipsQuery>;

/** Participations that hold a slot of the group on `day` or later (an ended one frees it the day after its end). */
export async function occupiedCount(db: Db, tenantCode: string, groupId: number, day: string): Promise<number> {
  const row = await db.selectFrom('participation').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_code', '=', tenantCode).where('group_id', '=', groupId).where('status', '<>', 'ditolak')
    .where('coverage_to', '>=', day).executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface Period {
  programmes: string[]; from: string; to: string;
  /** bulk proposals leave out whoever already had a participation in this PKS (ended ones are not proposed again) */
  notIn?: { tenantCode: string; agreementId: number };
}

/** A participation of the same NIK, in any regency, sharing a programme and overlapping the period. */
function overlapSql(nik: Expression<string> | RawBuilder<string>, p: Period) {
  return sql<boolean>`EXISTS (SELECT 1 FROM participation o WHERE o.nik = ${nik} AND o.status <> 'ditolak'
    AND o.programmes && ${p.programmes}::text[] AND o.coverage_to >= ${p.from}::date AND coalesce(o.coverage_from, o.starts_on) <= ${p.to}::date)`;
}

function eligibleSql(p: Period) {
  const overlap = overlapSql(sql.ref('c.nik'), p);
  if (!p.notIn) return sql<boolean>`NOT ${overlap}`;
  return sql<boolean>`NOT ${overlap} AND NOT EXISTS (SELECT 1 FROM participation q WHERE q.tenant_code = ${p.notIn.tenantCode}
    AND q.agreement_id = ${p.notIn.agreementId} AND q.person_id = c.person_id AND q.status <> 'ditolak')`;
}

const ORDER: Record<WaitlistOrder, RawBuilder<unknown>> = {
  // P3KE deciles: 1 is the poorest — the poorest first, then who registered first
  'decile-then-registered': sql`c.welfare_decile ASC NULLS LAST, c.registered_at, c.membership_id`,
  registered: sql`c.registered_at, c.membership_id`,
};

/** Candidates not overlapping any participation, in waitlist order, numbered from 1. */
export interface Candidate {
  membership_id: number; person_id: number; nik: string; worker_group: 'non-asn' | 'rentan'; opd_id: number | null;
  village_code: string | null; welfare_decile: number | null; registered_at: Date; name: string; position: number;
}

export function candidates(source: CandidateSource, p: Period, order: WaitlistOrder) {
  return sql<Candidate>`
    SELECT c.*, row_number() OVER (ORDER BY ${ORDER[order]})::int AS position FROM (${source}) c
    WHERE ${eligibleSql(p)}`;
}

export async function countCandidates(db: Db, source: CandidateSource, p: Period): Promise<number> {
  const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM (${source}) c WHERE ${eligibleSql(p)}`.execute(db);
  return r.rows[0]?.n ?? 0;
}

export async function listCandidates(db: Db, source: CandidateSource, p: Period, order: WaitlistOrder, limit: number, offset: number) {
  const r = await sql<Candidate & { total: number }>`
    SELECT w.*, count(*) OVER ()::int AS total FROM (${candidates(source, p, order)}) w ORDER BY w.position LIMIT ${limit} OFFSET ${offset}`.execute(db);
  return r.rows;
}

/** The source's members that overlap a participation, with the regency holding it (for refusals). */
export async function overlapsOf(db: Db, source: CandidateSource, p: Period) {
  const r = await sql<{ person_id: number; nik: string; tenant_code: string; participation_id: number }>`
    SELECT DISTINCT ON (c.person_id) c.person_id, c.nik, o.tenant_code, o.id AS participation_id FROM (${source}) c
    JOIN participation o ON o.nik = c.nik AND o.status <> 'ditolak' AND o.programmes && ${p.programmes}::text[]
      AND o.coverage_to >= ${p.from}::date AND coalesce(o.coverage_from, o.starts_on) <= ${p.to}::date
    ORDER BY c.person_id, o.id`.execute(db);
  return r.rows;
}

export interface InsertSpec {
  tenantCode: string; agreementId: number; groupId: number; period: Period; order: WaitlistOrder; limit: number;
  status: ParticipationStatus; batchId?: number | null; example?: boolean;
  /** demo only: activate at once with a generated KPJ from `period.from` */
  activate?: boolean;
}

/** Enrols the first `limit` candidates; returns the new participation ids. */
export async function insertFromCandidates(db: Db, source: CandidateSource, s: InsertSpec): Promise<number[]> {
  if (s.limit <= 0) return [];
  const kpj = s.activate ? sql`lpad((25000000000 + w.person_id)::text, 11, '0')` : sql`NULL`;
  const r = await sql<{ id: number }>`
    INSERT INTO participation (tenant_code, person_id, membership_id, nik, worker_group, opd_id, village_code, agreement_id, group_id,
      programmes, status, starts_on, coverage_from, coverage_to, kpj, batch_id, example)
    SELECT ${s.tenantCode}, w.person_id, w.membership_id, w.nik, w.worker_group, w.opd_id, w.village_code, ${s.agreementId}::bigint,
      ${s.groupId}::bigint, ${s.period.programmes}::text[], ${s.status}, ${s.period.from}::date, ${s.activate ? s.period.from : null}::date,
      ${s.period.to}::date, ${kpj}, ${s.batchId ?? null}::bigint, ${s.example ?? false}
    FROM (${candidates(source, s.period, s.order)}) w WHERE w.position <= ${s.limit} ORDER BY w.position
    RETURNING id`.execute(db);
  return r.rows.map((x) => Number(x.id));
}

/**
 * Records which freed slot each new participant takes: participations of the group ended before `from`
 * and not yet replaced, oldest end first, paired one to one with the new ones in id order.
 */
export async function pairReplacements(db: Db, tenantCode: string, groupId: number, from: string, newIds: number[]): Promise<number> {
  if (!newIds.length) return 0;
  const r = await sql`
    WITH freed AS (
      SELECT e.id, row_number() OVER (ORDER BY e.coverage_to, e.id) AS rn FROM participation e
      WHERE e.tenant_code = ${tenantCode} AND e.group_id = ${groupId} AND e.status = 'berakhir' AND e.coverage_to < ${from}::date
        AND NOT EXISTS (SELECT 1 FROM participation r WHERE r.tenant_code = e.tenant_code AND r.replaces_id = e.id AND r.status <> 'ditolak')
    ), fresh AS (
      SELECT id, row_number() OVER (ORDER BY id) AS rn FROM unnest(${newIds}::bigint[]) AS id
    )
    UPDATE participation p SET replaces_id = freed.id FROM fresh JOIN freed USING (rn)
    WHERE p.tenant_code = ${tenantCode} AND p.id = fresh.id`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

/** Serialises enrolments of one regency: two at once would both see the same free slots. */
export async function lockRegency(db: Db, tenantCode: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext('enrolment:' || ${tenantCode}))`.execute(db);
}

export async function waitlistOrder(db: Db, tenantCode: string): Promise<WaitlistOrder> {
  const row = await db.selectFrom('enrolment_setting').select('waitlist_order').where('tenant_code', '=', tenantCode).executeTakeFirst();
  return row?.waitlist_order ?? 'decile-then-registered';
}

export async function saveWaitlistOrder(db: Db, tenantCode: string, order: WaitlistOrder): Promise<void> {
  await db.insertInto('enrolment_setting').values({ tenant_code: tenantCode, waitlist_order: order })
    .onConflict((oc) => oc.column('tenant_code').doUpdateSet({ waitlist_order: order, updated_at: sql`now()` })).execute();
}

/** One history row per participation, set-based. */
export async function insertHistory(db: Db, tenantCode: string, ids: number[], h: {
  action: string; from: ParticipationStatus | null; to: ParticipationStatus; actorId: number | null; actorUsername: string; batchId?: number | null; changes?: Record<string, unknown>;
}): Promise<void> {
  if (!ids.length) return;
  await sql`INSERT INTO participation_history (tenant_code, participation_id, actor_id, actor_username, action, from_status, to_status, batch_id, changes)
    SELECT ${tenantCode}, id, ${h.actorId}::bigint, ${h.actorUsername}, ${h.action}, ${h.from}, ${h.to}, ${h.batchId ?? null}::bigint, ${JSON.stringify(h.changes ?? {})}::jsonb
    FROM unnest(${ids}::bigint[]) AS id`.execute(db);
}
