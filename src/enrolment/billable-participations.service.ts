/**
 * Participations as billing (src/billing) reads them, exposed by their owner as a Kysely sub-query so the
 * billing run can INSERT … SELECT its bill lines set-based without naming `participation`. Every status is
 * there (a correction's reason needs to know a participation was ended or refused); billing itself picks
 * `aktif`/`berakhir` ones whose coverage [coverage_from, coverage_to] touches a month. `coverage_to` is
 * already the end date of an ended participation (covered through that day), and `updated_at` moves on
 * every change, which lets billing look for retroactive changes only among participations changed after
 * a bill was issued. No actor: the billing service authorises and scopes.
 */
import type { Db } from '../db/database';

export function participationsActiveInMonth(db: Db, tenantCode: string, filter: { agreementId?: number; groupIds?: number[] } = {}) {
  let q = db.selectFrom('participation as pa')
    .select(['pa.tenant_code', 'pa.id as participation_id', 'pa.person_id', 'pa.nik', 'pa.agreement_id', 'pa.group_id', 'pa.worker_group', 'pa.opd_id',
      'pa.village_code', 'pa.status', 'pa.coverage_from', 'pa.coverage_to', 'pa.end_reason', 'pa.ended_on', 'pa.updated_at'])
    .where('pa.tenant_code', '=', tenantCode);
  if (filter.agreementId !== undefined) q = q.where('pa.agreement_id', '=', filter.agreementId);
  if (filter.groupIds) q = q.where('pa.group_id', 'in', filter.groupIds.length ? filter.groupIds : [-1]);
  return q;
}
