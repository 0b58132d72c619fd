/**
 * Approving a staged batch writes the registry set-based, inside the approver's transaction: new persons
 * (INSERT … SELECT from import_row), one membership per accepted row, history for persons who already
 * existed (re-enrolment), and a review item per fuzzy candidate. The contract with the import capability
 * is the `import_row` table: rows with status 'accepted' are registered, nothing else.
 */
import type { WorkerGroup } from '../domain/worker-group';
import { sql } from 'kysely';
import type { Db } from '../db/database';

export interface RegisterArgs {
  tenantCode: string; batchId: number; group: WorkerGroup; on: string; actorId: number | null; actorUsername: string;
}

/**
 * New persons and their memberships in ONE statement: ids are drawn from the identity sequence up front,
 * so memberships need no join back to the persons just written. The sequence is looked up ONCE (an
 * InitPlan): pg_get_serial_sequence per row searched pg_depend a million times (~10% of the statement).
 * Only the columns written are materialised (not r.*: the jsonb reasons/raw would spill to disk twice).
 * Rows whose NIK the tenant already has (re-enrolment) are left to insertMembershipsForExisting.
 */
export async function insertNewPersonsWithMemberships(db: Db, a: RegisterArgs): Promise<number> {
  const r = await sql`
    WITH src AS MATERIALIZED (
      SELECT nextval((SELECT pg_get_serial_sequence('person', 'id')::regclass)) AS pid,
             r.tenant_code, r.batch_id, r.row_no, r.nik, r.name, r.name_key, r.name_initials, r.birth_place, r.birth_date, r.sex,
             r.mother_name, r.address, r.village_code, r.phone, r.opd_id, r.position, r.wage, r.employment_start, r.occupation,
             r.income, r.welfare_decile
      FROM import_row r
      WHERE r.tenant_code = ${a.tenantCode} AND r.batch_id = ${a.batchId} AND r.status = 'accepted'
        AND NOT EXISTS (SELECT 1 FROM person p WHERE p.nik = r.nik AND p.tenant_code = r.tenant_code)
    ), persons AS (
      INSERT INTO person (tenant_code, id, nik, name, name_key, name_initials, birth_place, birth_date, sex, mother_name, address,
                          village_code, phone, source_batch_id, source_row_no)
      OVERRIDING SYSTEM VALUE
      SELECT tenant_code, pid, nik, name, name_key, name_initials, birth_place, birth_date, sex, mother_name, address,
             village_code, phone, batch_id, row_no FROM src
    )
    INSERT INTO membership (tenant_code, person_id, worker_group, opd_id, position, wage, employment_start, occupation,
                            village_code, declared_income, welfare_decile, started_on, source_batch_id)
    SELECT tenant_code, pid, ${a.group}, opd_id, position,
           CASE WHEN ${a.group} = 'non-asn' THEN wage END, employment_start, occupation,
           CASE WHEN ${a.group} = 'rentan' THEN village_code END,
           CASE WHEN ${a.group} = 'rentan' THEN income END, welfare_decile, ${a.on}::date, batch_id
    FROM src
  `.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

/** Memberships for accepted rows whose person the tenant already had (no active membership: re-enrolment). */
export async function insertMembershipsForExisting(db: Db, a: RegisterArgs): Promise<number> {
  const r = await sql`
    INSERT INTO membership (tenant_code, person_id, worker_group, opd_id, position, wage, employment_start, occupation,
                            village_code, declared_income, welfare_decile, started_on, source_batch_id)
    SELECT r.tenant_code, p.id, ${a.group}, r.opd_id, r.position,
           CASE WHEN ${a.group} = 'non-asn' THEN r.wage END, r.employment_start, r.occupation,
           CASE WHEN ${a.group} = 'rentan' THEN r.village_code END,
           CASE WHEN ${a.group} = 'rentan' THEN r.income END, r.welfare_decile, ${a.on}::date, r.batch_id
    FROM import_row r JOIN person p ON p.nik = r.nik AND p.tenant_code = r.tenant_code
    WHERE r.tenant_code = ${a.tenantCode} AND r.batch_id = ${a.batchId} AND r.status = 'accepted'
      AND p.source_batch_id IS DISTINCT FROM r.batch_id
  `.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

/** History for persons registered before this batch who got a membership from it (re-enrolment). */
export async function insertReenrolHistory(db: Db, a: RegisterArgs): Promise<number> {
  const r = await sql`
    INSERT INTO person_history (tenant_code, person_id, actor_id, actor_username, action, batch_id, changes)
    SELECT m.tenant_code, m.person_id, ${a.actorId}, ${a.actorUsername}, 'membership.add', m.source_batch_id,
           jsonb_build_object('group', m.worker_group, 'membershipId', m.id)
    FROM membership m JOIN person p ON p.tenant_code = m.tenant_code AND p.id = m.person_id
    WHERE m.tenant_code = ${a.tenantCode} AND m.source_batch_id = ${a.batchId} AND p.source_batch_id IS DISTINCT FROM ${a.batchId}
  `.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

/** One pending review per fuzzy candidate pair whose both sides are now registered persons. */
export async function insertReviews(db: Db, a: RegisterArgs): Promise<number> {
  const r = await sql`
    INSERT INTO dedup_review (tenant_code, person_id, other_person_id, score, signals, batch_id)
    SELECT DISTINCT ON (least(pa.id, coalesce(m.other_person_id, pb.id)), greatest(pa.id, coalesce(m.other_person_id, pb.id)))
           m.tenant_code, pa.id, coalesce(m.other_person_id, pb.id), m.score, m.signals, m.batch_id
    FROM import_match m
    JOIN import_row ra ON ra.tenant_code = m.tenant_code AND ra.batch_id = m.batch_id AND ra.row_no = m.row_no AND ra.status = 'accepted'
    JOIN person pa ON pa.nik = ra.nik AND pa.tenant_code = m.tenant_code
    LEFT JOIN import_row rb ON rb.tenant_code = m.tenant_code AND rb.batch_id = m.batch_id AND rb.row_no = m.other_row_no AND rb.status = 'accepted'
    LEFT JOIN person pb ON pb.nik = rb.nik AND pb.tenant_code = m.tenant_code
    WHERE m.tenant_code = ${a.tenantCode} AND m.batch_id = ${a.batchId}
      AND coalesce(m.other_person_id, pb.id) IS NOT NULL AND pa.id <> coalesce(m.other_person_id, pb.id)
    ON CONFLICT DO NOTHING
  `.execute(db);
  return Number(r.numAffectedRows ?? 0);
}
