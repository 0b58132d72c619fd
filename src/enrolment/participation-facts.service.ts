/**
 * Read-only participation facts other capabilities need without an actor (billing's coverage answer and
 * budget forecast): one participation's dates and group, and how many participations of a PKS are active
 * on a day per group. The caller authorises and scopes.
 */
import { sql } from 'kysely';
import type { Db } from '../db/database';
import type { IsoDate } from '../domain/calendar';
import { validOn } from '../domain/participation';

export interface ParticipationFacts {
  id: number; nik: string; agreementId: number; groupId: number; activeOn: (on: IsoDate) => boolean;
  coverageFrom: IsoDate | null; coverageTo: IsoDate;
}

export async function participationFacts(db: Db, tenantCode: string, id: number): Promise<ParticipationFacts | null> {
  const r = await db.selectFrom('participation').select(['id', 'nik', 'agreement_id', 'group_id', 'status', 'coverage_from', 'coverage_to', 'ended_on', 'end_reason'])
    .where('tenant_code', '=', tenantCode).where('id', '=', id).executeTakeFirst();
  if (!r) return null;
  const dates = { status: r.status, coverageFrom: r.coverage_from, coverageTo: r.coverage_to, endedOn: r.ended_on, endReason: r.end_reason };
  return {
    id: r.id, nik: r.nik, agreementId: r.agreement_id, groupId: r.group_id, coverageFrom: r.coverage_from, coverageTo: r.coverage_to,
    activeOn: (on) => validOn(dates, on),
  };
}

/** Participations of a PKS covered on `on`, per group (aktif, or ended on/after that day). */
export async function activeHeadcounts(db: Db, tenantCode: string, agreementId: number, on: IsoDate): Promise<Map<number, number>> {
  const rows = await db.selectFrom('participation').select(['group_id', sql<number>`count(*)::int`.as('n')])
    .where('tenant_code', '=', tenantCode).where('agreement_id', '=', agreementId).where('status', 'in', ['aktif', 'berakhir'])
    .where('coverage_from', '<=', on).where('coverage_to', '>=', on)
    .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>=', on)]))
    .groupBy('group_id').execute();
  return new Map(rows.map((r) => [Number(r.group_id), r.n]));
}
