/** SQL for the lifecycle writes of one participation (ending it) and finding the running one of a NIK. */
import { sql } from 'kysely';
import type { Db } from '../db/database';
import type { EndReason } from '../db/schema';
import { PARTICIPATION_COLUMNS } from './participation.repository';

/** Participations of a NIK not ended or refused whose period contains the day (stored status, not shown). */
export const findRunningByNik = (db: Db, tenantCode: string, nik: string, day: string) =>
  db.selectFrom('participation as pa').select(PARTICIPATION_COLUMNS)
    .where('pa.tenant_code', '=', tenantCode).where('pa.nik', '=', nik).where('pa.status', 'in', ['calon', 'diajukan', 'aktif'])
    .where('pa.starts_on', '<=', day).where('pa.coverage_to', '>=', day).orderBy('pa.id').execute();

/** Ends a participation: covered through `on`, so its slot is free from the day after (coverage_to = on). */
export const endParticipation = (db: Db, tenantCode: string, id: number, on: string, reason: EndReason) =>
  db.updateTable('participation')
    .set({ status: 'berakhir', end_reason: reason, ended_on: on, coverage_to: sql<string>`least(coverage_to, ${on}::date)`, updated_at: sql`now()` })
    .where('tenant_code', '=', tenantCode).where('id', '=', id).execute();

/** One participation, locked for the rest of the transaction (two death claims filed at once end it once). */
export const lockParticipation = (tx: Db, tenantCode: string, id: number) =>
  tx.selectFrom('participation as pa').select(['pa.id', 'pa.status', 'pa.starts_on', 'pa.coverage_to', 'pa.ended_on', 'pa.end_reason'])
    .where('pa.tenant_code', '=', tenantCode).where('pa.id', '=', id).forUpdate().executeTakeFirst();

/** The participations (not refused) that took the slots freed by the given ones (`replaces_id`). */
export const replacementsOf = (db: Db, tenantCode: string, ids: number[]) =>
  db.selectFrom('participation as pa').select(['pa.id', 'pa.replaces_id', 'pa.person_id', 'pa.status', 'pa.starts_on'])
    .where('pa.tenant_code', '=', tenantCode).where('pa.replaces_id', 'in', ids.length ? ids : [-1]).where('pa.status', '<>', 'ditolak')
    .orderBy('pa.id').execute();

/** Which person each participation is (for names shown beside claims). */
export const personIdsOf = (db: Db, tenantCode: string, ids: number[]) =>
  db.selectFrom('participation as pa').select(['pa.id', 'pa.person_id'])
    .where('pa.tenant_code', '=', tenantCode).where('pa.id', 'in', ids.length ? [...new Set(ids)] : [-1]).execute();
