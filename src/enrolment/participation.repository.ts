/** SQL for participations: lists with filters and scope, one participation, its history. */
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Db } from '../db/database';
import type { ParticipationStatus } from '../db/schema';

/** The OPD or village an actor is confined to (null: the whole regency). */
export interface ParticipationScope { opdId: number | null; villageCode: string | null }

export interface ParticipationFilter extends ParticipationScope {
  tenantCode: string;
  ids?: number[]; nik?: string; personId?: number; agreementId?: number; groupId?: number; opd?: number; village?: string;
  /** the status shown on `today` (see domain/participation.ts statusOn) */
  status?: ParticipationStatus; today: string;
  limit?: number; offset?: number;
}

/** statusOn (domain/participation.ts) in SQL, so lists filter and count by the status a user sees. */
export function shownStatusSql(today: string): RawBuilder<ParticipationStatus> {
  return sql<ParticipationStatus>`CASE
    WHEN pa.status = 'berakhir' AND pa.coverage_from IS NOT NULL AND pa.ended_on >= ${today}::date THEN 'aktif'
    WHEN pa.status = 'aktif' AND pa.coverage_to < ${today}::date THEN 'berakhir'
    ELSE pa.status END`;
}

export const PARTICIPATION_COLUMNS = ['pa.id', 'pa.person_id', 'pa.membership_id', 'pa.nik', 'pa.worker_group', 'pa.opd_id', 'pa.village_code',
  'pa.agreement_id', 'pa.group_id', 'pa.programmes', 'pa.status', 'pa.starts_on', 'pa.coverage_from', 'pa.coverage_to', 'pa.kpj',
  'pa.batch_id', 'pa.replaces_id', 'pa.end_reason', 'pa.ended_on', 'pa.refusal_reason', 'pa.example', 'pa.created_at', 'pa.updated_at'] as const;

export function listParticipations(db: Db, f: ParticipationFilter) {
  let q = db.selectFrom('participation as pa').select(PARTICIPATION_COLUMNS)
    .select(sql<number>`count(*) OVER ()`.as('total'))
    .where('pa.tenant_code', '=', f.tenantCode);
  if (f.opdId !== null) q = q.where('pa.opd_id', '=', f.opdId);
  if (f.villageCode !== null) q = q.where('pa.village_code', '=', f.villageCode);
  if (f.ids) q = q.where('pa.id', 'in', f.ids.length ? f.ids : [-1]);
  if (f.nik) q = q.where('pa.nik', '=', f.nik);
  if (f.personId !== undefined) q = q.where('pa.person_id', '=', f.personId);
  if (f.agreementId !== undefined) q = q.where('pa.agreement_id', '=', f.agreementId);
  if (f.groupId !== undefined) q = q.where('pa.group_id', '=', f.groupId);
  if (f.opd !== undefined) q = q.where('pa.opd_id', '=', f.opd);
  if (f.village) q = q.where('pa.village_code', '=', f.village);
  if (f.status) q = q.where(sql<SqlBool>`${shownStatusSql(f.today)} = ${f.status}`);
  q = q.orderBy('pa.id');
  if (f.limit !== undefined) q = q.limit(f.limit).offset(f.offset ?? 0);
  return q.execute();
}

export type ParticipationRow = Awaited<ReturnType<typeof listParticipations>>[number];

export const findParticipation = (db: Db, tenantCode: string, id: number) =>
  db.selectFrom('participation as pa').select(PARTICIPATION_COLUMNS).where('pa.tenant_code', '=', tenantCode).where('pa.id', '=', id).executeTakeFirst();

export const listHistory = (db: Db, tenantCode: string, participationIds: number[]) =>
  db.selectFrom('participation_history').selectAll().where('tenant_code', '=', tenantCode)
    .where('participation_id', 'in', participationIds.length ? participationIds : [-1]).orderBy('id').execute();

/** Every participation of one NIK in any regency (the public self-service check; index participation_nik_idx). */
export const findParticipationsByNik = (db: Db, nik: string) =>
  db.selectFrom('participation as pa').select(['pa.tenant_code', ...PARTICIPATION_COLUMNS]).select(sql<number>`1`.as('total'))
    .where('pa.nik', '=', nik).orderBy('pa.id').execute();
