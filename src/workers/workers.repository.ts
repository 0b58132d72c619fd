/** SQL for the participant registry: search, one person, memberships, history, edits. */
import type { WorkerGroup } from '../domain/worker-group';
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../db/database';

/** Confines a query to what the actor may see: one OPD's non-ASN, or one village's rentan. */
export interface RegistryScope { opdId: number | null; villageCode: string | null }

export interface SearchFilter extends RegistryScope {
  tenantCode: string;
  nik?: string; nikPrefix?: string; nameKey?: string; nameText?: string;
  group?: WorkerGroup; opd?: number; village?: string; status?: 'active' | 'inactive' | 'merged';
  limit: number; offset: number;
}

/** EXISTS a membership of person `p` matching the scope and filters. */
function membershipFilter(f: RegistryScope & { group?: string; opd?: number; village?: string }): Expression<SqlBool> | null {
  const parts = [
    f.opdId !== null ? sql`m.worker_group = 'non-asn' AND m.opd_id = ${f.opdId}` : null,
    f.villageCode !== null ? sql`m.worker_group = 'rentan' AND m.village_code = ${f.villageCode}` : null,
    f.group ? sql`m.worker_group = ${f.group}` : null,
    f.opd !== undefined ? sql`m.opd_id = ${f.opd}` : null,
    f.village ? sql`m.village_code = ${f.village}` : null,
  ].filter((p) => p !== null);
  if (!parts.length) return null;
  return sql<SqlBool>`EXISTS (SELECT 1 FROM membership m WHERE m.tenant_code = p.tenant_code AND m.person_id = p.id AND ${sql.join(parts, sql` AND `)})`;
}

export function searchPersons(db: Db, f: SearchFilter) {
  const score = f.nameKey ? sql<number>`greatest(similarity(p.name_key, ${f.nameKey}), word_similarity(${f.nameKey}, p.name_key))` : sql<number>`1`;
  let q = db.selectFrom('person as p')
    .select(['p.id', 'p.nik', 'p.name', 'p.birth_date', 'p.sex', 'p.village_code', 'p.phone', 'p.status', 'p.merged_into'])
    .select(score.as('score'))
    .select(sql<number>`count(*) OVER ()`.as('total'))
    .where('p.tenant_code', '=', f.tenantCode);
  const scoped = membershipFilter(f);
  if (scoped) q = q.where(scoped);
  if (f.nik) q = q.where('p.nik', '=', f.nik);
  if (f.nikPrefix) q = q.where('p.nik', 'like', `${f.nikPrefix}%`);
  if (f.nameKey) {
    q = q.where(sql<SqlBool>`(p.name_key LIKE ${`%${f.nameKey}%`} OR lower(p.name) LIKE ${`%${f.nameText ?? f.nameKey}%`}
      OR similarity(p.name_key, ${f.nameKey}) >= 0.4 OR word_similarity(${f.nameKey}, p.name_key) >= 0.6)`);
  }
  q = f.status ? q.where('p.status', '=', f.status) : q.where('p.status', '<>', 'merged');
  return q.orderBy(sql`score`, 'desc').orderBy('p.name').orderBy('p.id').limit(f.limit).offset(f.offset).execute();
}

export function listMembershipsOf(db: Db, tenantCode: string, personIds: number[]) {
  if (!personIds.length) return Promise.resolve([]);
  return db.selectFrom('membership as m')
    .leftJoin('opd as o', (j) => j.onRef('o.tenant_code', '=', 'm.tenant_code').onRef('o.id', '=', 'm.opd_id'))
    .leftJoin('region as v', 'v.code', 'm.village_code')
    .select(['m.id', 'm.person_id', 'm.worker_group', 'm.status', 'm.opd_id', 'o.name as opd_name', 'm.position', 'm.wage',
      'm.employment_start', 'm.occupation', 'm.village_code', 'v.name as village_name', 'm.declared_income', 'm.welfare_decile',
      'm.started_on', 'm.ended_on', 'm.source_batch_id'])
    .where('m.tenant_code', '=', tenantCode).where('m.person_id', 'in', personIds).orderBy('m.id').execute();
}

/** The person if it lies in scope (any membership, current or ended, within the actor's OPD/village). */
export function findPerson(db: Db, tenantCode: string, id: number, scope: RegistryScope) {
  let q = db.selectFrom('person as p').leftJoin('region as v', 'v.code', 'p.village_code')
    .selectAll('p').select('v.name as village_name')
    .where('p.tenant_code', '=', tenantCode).where('p.id', '=', id);
  const scoped = membershipFilter(scope);
  if (scoped) q = q.where(scoped);
  return q.executeTakeFirst();
}

export function listHistory(db: Db, tenantCode: string, personId: number) {
  return db.selectFrom('person_history').selectAll().where('tenant_code', '=', tenantCode).where('person_id', '=', personId).orderBy('id').execute();
}

/** Who created a person: the batch it came from (maker, checker, file and row). */
export function findSourceBatch(db: Db, tenantCode: string, batchId: number) {
  return db.selectFrom('import_batch').select(['id', 'file_name', 'created_by_username', 'created_at', 'decided_by_username', 'decided_at'])
    .where('tenant_code', '=', tenantCode).where('id', '=', batchId).executeTakeFirst();
}

export type PersonPatch = Partial<{ name: string; name_key: string; name_initials: string; birth_place: string | null; mother_name: string | null;
  address: string | null; village_code: string | null; phone: string | null; status: 'active' | 'inactive' | 'merged'; merged_into: number | null }>;

export function updatePerson(db: Db, tenantCode: string, id: number, patch: PersonPatch) {
  return db.updateTable('person').set({ ...patch, updated_at: sql`now()` }).where('tenant_code', '=', tenantCode).where('id', '=', id).execute();
}

export function insertHistory(db: Db, h: { tenantCode: string; personId: number; actorId: number | null; actorUsername: string; action: string; changes: Record<string, unknown> }) {
  return db.insertInto('person_history').values({
    tenant_code: h.tenantCode, person_id: h.personId, actor_id: h.actorId, actor_username: h.actorUsername, action: h.action,
    changes: JSON.stringify(h.changes),
  }).execute();
}

export function findMembership(db: Db, tenantCode: string, personId: number, id: number) {
  return db.selectFrom('membership').selectAll().where('tenant_code', '=', tenantCode).where('person_id', '=', personId).where('id', '=', id).executeTakeFirst();
}

export function endMembership(db: Db, tenantCode: string, id: number, endedOn: string) {
  return db.updateTable('membership').set({ status: 'ended', ended_on: endedOn, updated_at: sql`now()` })
    .where('tenant_code', '=', tenantCode).where('id', '=', id).where('status', '=', 'active').execute();
}

export function moveMembership(db: Db, tenantCode: string, id: number, personId: number) {
  return db.updateTable('membership').set({ person_id: personId, updated_at: sql`now()` }).where('tenant_code', '=', tenantCode).where('id', '=', id).execute();
}
