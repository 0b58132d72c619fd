/** SQL for the fuzzy-duplicate review queue (pairs of persons that may be one human). */
import { sql, type SqlBool } from 'kysely';
import type { Db } from '../db/database';
import { regionNames } from '../regions/regions.service';
import type { RegistryScope } from './workers.repository';

export function listReviews(db: Db, tenantCode: string, status: 'pending' | 'merged' | 'kept' | undefined, scope: RegistryScope, limit: number, offset: number) {
  let q = db.selectFrom('dedup_review as d')
    .innerJoin('person as a', (j) => j.onRef('a.tenant_code', '=', 'd.tenant_code').onRef('a.id', '=', 'd.person_id'))
    .innerJoin('person as b', (j) => j.onRef('b.tenant_code', '=', 'd.tenant_code').onRef('b.id', '=', 'd.other_person_id'))
    .leftJoin(regionNames(db).as('va'), 'va.code', 'a.village_code')
    .leftJoin(regionNames(db).as('vb'), 'vb.code', 'b.village_code')
    .select(['d.id', 'd.score', 'd.signals', 'd.status', 'd.batch_id', 'd.kept_person_id', 'd.decided_by_username', 'd.decided_at', 'd.note', 'd.created_at',
      'a.id as a_id', 'a.nik as a_nik', 'a.name as a_name', 'a.birth_place as a_birth_place', 'a.birth_date as a_birth_date', 'a.sex as a_sex', 'a.phone as a_phone',
      'a.address as a_address', 'a.village_code as a_village', 'va.name as a_village_name', 'a.status as a_status',
      'b.id as b_id', 'b.nik as b_nik', 'b.name as b_name', 'b.birth_place as b_birth_place', 'b.birth_date as b_birth_date', 'b.sex as b_sex', 'b.phone as b_phone',
      'b.address as b_address', 'b.village_code as b_village', 'vb.name as b_village_name', 'b.status as b_status'])
    .select(sql<number>`count(*) OVER ()`.as('total'))
    .where('d.tenant_code', '=', tenantCode).orderBy('d.id').limit(limit).offset(offset);
  if (status) q = q.where('d.status', '=', status);
  if (scope.opdId !== null || scope.villageCode !== null) {
    // both records must lie in the operator's OPD/village: a pair reaching into another OPD would show
    // that OPD's worker (name, birth, phone, address) to someone with no business seeing it
    const inScope = (person: 'd.person_id' | 'd.other_person_id') => sql<SqlBool>`EXISTS (SELECT 1 FROM membership m
      WHERE m.tenant_code = d.tenant_code AND m.person_id = ${sql.ref(person)} AND
      ${scope.opdId !== null ? sql`m.opd_id = ${scope.opdId}` : sql`m.village_code = ${scope.villageCode}`})`;
    q = q.where(inScope('d.person_id')).where(inScope('d.other_person_id'));
  }
  return q.execute();
}

export function lockReview(db: Db, tenantCode: string, id: number) {
  return db.selectFrom('dedup_review').selectAll().where('tenant_code', '=', tenantCode).where('id', '=', id).forUpdate().executeTakeFirst();
}

export function decideReview(db: Db, tenantCode: string, id: number, d: { status: 'merged' | 'kept'; keptPersonId: number | null; actorId: number | null; actorUsername: string; note: string | null }) {
  return db.updateTable('dedup_review').set({
    status: d.status, kept_person_id: d.keptPersonId, decided_by: d.actorId, decided_by_username: d.actorUsername, decided_at: sql`now()`, note: d.note,
  }).where('tenant_code', '=', tenantCode).where('id', '=', id).execute();
}

export function listActiveMemberships(db: Db, tenantCode: string, personId: number) {
  return db.selectFrom('membership').select(['id', 'worker_group']).where('tenant_code', '=', tenantCode).where('person_id', '=', personId)
    .where('status', '=', 'active').execute();
}
