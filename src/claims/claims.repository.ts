/**
 * SQL over `claim` and `claim_event` only, one query per function. Scope filters (OPD, village) run on the
 * copies the claim keeps; counts and utilisation are set-based GROUP BYs.
 */
import { sql, type Insertable, type Selectable } from 'kysely';
import type { Db } from '../db/database';
import type { ClaimStatus, ClaimTable, ClaimType } from '../db/schema';
import type { ClaimScope } from './claim-scope';

export type ClaimRow = Selectable<ClaimTable>;

/** Next number of the tenant's year, under a transaction-scoped advisory lock (two filings never collide). */
export async function nextClaimNumber(tx: Db, tenantCode: string, year: number): Promise<string> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`claim-number:${tenantCode}`}))`.execute(tx);
  const prefix = `KLM-${tenantCode}-${year}-`;
  const row = await tx.selectFrom('claim').select(sql<number>`count(*)::int`.as('n'))
    .where('tenant_code', '=', tenantCode).where('number', 'like', `${prefix}%`).executeTakeFirstOrThrow();
  return `${prefix}${String(row.n + 1).padStart(5, '0')}`;
}

/** Inserts a claim unless the same incident was filed already; answers the id either way. */
export async function insertClaim(tx: Db, row: Insertable<ClaimTable>): Promise<{ id: number; number: string; created: boolean }> {
  const inserted = await tx.insertInto('claim').values(row)
    .onConflict((oc) => oc.columns(['tenant_code', 'participation_id', 'type', 'incident_date']).doNothing())
    .returning(['id', 'number']).executeTakeFirst();
  if (inserted) return { ...inserted, created: true };
  const existing = await tx.selectFrom('claim').select(['id', 'number']).where('tenant_code', '=', row.tenant_code)
    .where('participation_id', '=', row.participation_id).where('type', '=', row.type).where('incident_date', '=', row.incident_date)
    .executeTakeFirstOrThrow();
  return { ...existing, created: false };
}

export async function findClaim(db: Db, tenantCode: string, id: number, scope: ClaimScope): Promise<ClaimRow | undefined> {
  return db.selectFrom('claim').selectAll().where('tenant_code', '=', tenantCode).where('id', '=', id)
    .$if(scope.opdId !== null, (q) => q.where('opd_id', '=', scope.opdId))
    .$if(scope.villageCode !== null, (q) => q.where('village_code', '=', scope.villageCode))
    .executeTakeFirst();
}

export async function findClaimByNumber(db: Db, number: string): Promise<ClaimRow | undefined> {
  return db.selectFrom('claim').selectAll().where('number', '=', number).executeTakeFirst();
}

/** Ids come from one identity sequence, so an id alone names one claim across regencies. */
export async function findClaimById(db: Db, id: number): Promise<ClaimRow | undefined> {
  return db.selectFrom('claim').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A participation's claims (the scholarship asks whether the death came from a work accident). */
export async function claimTypesOf(db: Db, tenantCode: string, participationId: number): Promise<ClaimType[]> {
  const rows = await db.selectFrom('claim').select('type').where('tenant_code', '=', tenantCode)
    .where('participation_id', '=', participationId).execute();
  return rows.map((r) => r.type);
}

/** The claim already filed for this incident, if any (filing again recomputes from its heirs). */
export async function findClaimIdOf(db: Db, tenantCode: string, participationId: number, type: ClaimType, incidentDate: string): Promise<number | null> {
  const row = await db.selectFrom('claim').select('id').where('tenant_code', '=', tenantCode).where('participation_id', '=', participationId)
    .where('type', '=', type).where('incident_date', '=', incidentDate).executeTakeFirst();
  return row?.id ?? null;
}

/** A participation's claims (a scholarship reads the children recorded on the death claim). */
export async function claimsOfParticipation(db: Db, tenantCode: string, participationId: number) {
  return db.selectFrom('claim').select(['id', 'type', 'status', 'incident_date', 'reasons', 'inputs'])
    .where('tenant_code', '=', tenantCode).where('participation_id', '=', participationId).orderBy('id').execute();
}

/** A recomputed benefit (the scholarship after its children changed), only while the claim is still open. */
export async function updateBenefit(tx: Db, tenantCode: string, id: number, change: { eligible: boolean; reasons: string[]; benefit: string; inputs: string; benefit_total: number }) {
  const result = await tx.updateTable('claim').set({ ...change, updated_at: sql`now()` } as never)
    .where('tenant_code', '=', tenantCode).where('id', '=', id).where('status', 'in', ['dilaporkan', 'berkas-lengkap']).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export interface ClaimFilter extends ClaimScope {
  tenantCode: string; status?: ClaimStatus; type?: ClaimType; year?: number; participationId?: number; limit: number; offset: number;
  /** A whole 16-digit NIK matches the claim's NIK; anything else a part of its number. */
  q?: string;
}

export async function listClaims(db: Db, f: ClaimFilter): Promise<(ClaimRow & { total: number })[]> {
  return db.selectFrom('claim').selectAll().select(sql<number>`(count(*) OVER ())::int`.as('total'))
    .where('tenant_code', '=', f.tenantCode)
    .$if(f.opdId !== null, (q) => q.where('opd_id', '=', f.opdId))
    .$if(f.villageCode !== null, (q) => q.where('village_code', '=', f.villageCode))
    .$if(f.status !== undefined, (q) => q.where('status', '=', f.status as ClaimStatus))
    .$if(f.type !== undefined, (q) => q.where('type', '=', f.type as ClaimType))
    .$if(f.participationId !== undefined, (q) => q.where('participation_id', '=', f.participationId as number))
    .$if(f.year !== undefined, (q) => q.where(sql<number>`extract(year FROM incident_date)::int`, '=', f.year as number))
    .$if(!!f.q && /^\d{16}$/.test(f.q), (q) => q.where('nik', '=', f.q as string))
    .$if(!!f.q && !/^\d{16}$/.test(f.q), (q) => q.where('number', 'ilike', `%${(f.q as string).replace(/[\\%_]/g, (c) => `\\${c}`)}%`))
    .orderBy('incident_date', 'desc').orderBy('id', 'desc').limit(f.limit).offset(f.offset).execute();
}

export type ClaimChange = { status?: ClaimStatus } & Partial<Pick<ClaimTable, 'documents_complete_on' | 'submitted_on' | 'approved_on'
  | 'approved_amount' | 'rejected_on' | 'rejected_reason' | 'paid_on' | 'paid_amount'>>;

/** Moves a claim on only from the status it was read in (a concurrent move loses: 0 rows). */
export async function updateClaim(tx: Db, tenantCode: string, id: number, from: ClaimStatus, change: ClaimChange): Promise<number> {
  const result = await tx.updateTable('claim').set({ ...change, updated_at: sql`now()` } as never)
    .where('tenant_code', '=', tenantCode).where('id', '=', id).where('status', '=', from).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function insertEvent(tx: Db, e: { tenantCode: string; claimId: number; from: ClaimStatus | null; to: ClaimStatus; on: string;
  amount: number | null; note: string; actorId: number | null; actorUsername: string | null }): Promise<void> {
  await tx.insertInto('claim_event').values({
    tenant_code: e.tenantCode, claim_id: e.claimId, from_status: e.from, to_status: e.to, happened_on: e.on, amount: e.amount,
    note: e.note, actor_id: e.actorId, actor_username: e.actorUsername,
  }).execute();
}

export async function listEvents(db: Db, tenantCode: string, claimId: number) {
  return db.selectFrom('claim_event').select(['from_status', 'to_status', 'happened_on', 'amount', 'note', 'actor_username', 'at'])
    .where('tenant_code', '=', tenantCode).where('claim_id', '=', claimId).orderBy('id').execute();
}

/** Claims of a year by type and status, with the benefits paid. */
export async function countClaims(db: Db, tenantCode: string, year: number) {
  return db.selectFrom('claim')
    .select(['type', 'status', sql<number>`count(*)::int`.as('count'), sql<number>`coalesce(sum(paid_amount), 0)::int8`.as('benefitsPaid')])
    .where('tenant_code', '=', tenantCode).where(sql<number>`extract(year FROM incident_date)::int`, '=', year)
    .groupBy(['type', 'status']).orderBy('type').orderBy('status').execute();
}

/** Utilisation rows of a year per programme × group × OPD × village (GROUPING SETS keep one scan). */
export async function utilisationRows(db: Db, tenantCode: string, year: number) {
  const result = await sql<{ programme: string; group_id: number | null; opd_id: number | null; village_code: string | null; level: string;
    filed: number; approved: number; paid: number; benefits_paid: number }>`
    SELECT programme, group_id, opd_id, village_code,
      CASE WHEN grouping(group_id) = 0 THEN 'group' WHEN grouping(opd_id) = 0 THEN 'opd'
           WHEN grouping(village_code) = 0 THEN 'village' ELSE 'programme' END AS level,
      count(*)::int AS filed,
      count(*) FILTER (WHERE status IN ('disetujui','dibayar'))::int AS approved,
      count(*) FILTER (WHERE status = 'dibayar')::int AS paid,
      coalesce(sum(paid_amount), 0)::int8 AS benefits_paid
    FROM claim
    WHERE tenant_code = ${tenantCode} AND incident_date >= make_date(${year}, 1, 1) AND incident_date < make_date(${year + 1}, 1, 1)
    GROUP BY GROUPING SETS ((programme), (programme, group_id), (programme, opd_id), (programme, village_code))
    ORDER BY programme, level, group_id, opd_id, village_code`.execute(db);
  return result.rows;
}
