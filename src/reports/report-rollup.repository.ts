/**
 * SQL of the participation roll-up (`report_active`, `report_tenant_state`, `report_refresh_mark`): one
 * DELETE + one INSERT … SELECT per refresh of a set of tenants, over enrolment's covered-span sub-query.
 */
import { sql } from 'kysely';
import type { Db } from '../db/database';
import { coveredSpanSource } from '../enrolment/participation-facts.service';

export interface TenantDay { tenantCode: string; today: string }

/**
 * Recomputes the roll-up of the given tenants. The spans are first grouped by (group, unit, from, to) —
 * a regency has a few thousand distinct spans however many participants — then counted on each month's
 * last day (today for the current month) from the first covered month on.
 */
export async function rebuildTenants(db: Db, tenants: TenantDay[]): Promise<number> {
  if (tenants.length === 0) return 0;
  const codes = tenants.map((t) => t.tenantCode);
  const todays = tenants.map((t) => t.today);
  await db.deleteFrom('report_active').where('tenant_code', 'in', codes).execute();
  const r = await sql`
    WITH spans AS (
      SELECT s.tenant_code, s.agreement_id, s.group_id, s.worker_group,
             CASE WHEN s.worker_group = 'non-asn' THEN s.opd_id END AS opd_id,
             CASE WHEN s.worker_group = 'rentan' THEN s.village_code END AS village_code,
             s.coverage_from, s.coverage_to, count(*)::int AS n
      FROM (${coveredSpanSource(db)}) s
      WHERE s.tenant_code = ANY(${codes}::text[])
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    ), days AS (
      SELECT d.tenant_code, d.today, (SELECT min(coverage_from) FROM spans WHERE spans.tenant_code = d.tenant_code) AS first_day
      FROM unnest(${codes}::text[], ${todays}::date[]) AS d(tenant_code, today)
    ), points AS (
      SELECT days.tenant_code, m::date AS month, least((m + interval '1 month' - interval '1 day')::date, days.today) AS on_date
      FROM days CROSS JOIN LATERAL generate_series(date_trunc('month', days.first_day), date_trunc('month', days.today), interval '1 month') AS m
      WHERE days.first_day IS NOT NULL
    )
    INSERT INTO report_active (tenant_code, month, on_date, group_id, agreement_id, worker_group, opd_id, village_code, unit, active)
    SELECT p.tenant_code, p.month, p.on_date, s.group_id, min(s.agreement_id), s.worker_group, s.opd_id, s.village_code,
           CASE WHEN s.worker_group = 'non-asn' THEN 'opd:' || coalesce(s.opd_id::text, '-') ELSE coalesce(s.village_code, '-') END,
           sum(s.n)
    FROM points p JOIN spans s ON s.tenant_code = p.tenant_code AND s.coverage_from <= p.on_date AND s.coverage_to >= p.on_date
    GROUP BY p.tenant_code, p.month, p.on_date, s.group_id, s.worker_group, s.opd_id, s.village_code
  `.execute(db);
  await sql`
    INSERT INTO report_tenant_state (tenant_code, as_of, refreshed_at)
    SELECT u.tenant_code, u.as_of, now() FROM unnest(${codes}::text[], ${todays}::date[]) AS u(tenant_code, as_of)
    ON CONFLICT (tenant_code) DO UPDATE SET as_of = excluded.as_of, refreshed_at = excluded.refreshed_at
  `.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

export const tenantStates = (db: Db) => db.selectFrom('report_tenant_state').select(['tenant_code as tenantCode', 'as_of as asOf']).execute();

export async function refreshMark(db: Db): Promise<Date | null> {
  const row = await db.selectFrom('report_refresh_mark').select('since').where('id', '=', 1).executeTakeFirst();
  return row?.since ?? null;
}

export async function setRefreshMark(db: Db, since: Date): Promise<void> {
  await db.insertInto('report_refresh_mark').values({ id: 1, since })
    .onConflict((oc) => oc.column('id').doUpdateSet({ since })).execute();
}

/**
 * The next watermark: now, or the start of the oldest transaction still open — a row it writes carries
 * `updated_at` = its start (now() is the transaction's start), so it is found by the next scan.
 */
export async function nextMark(db: Db): Promise<Date> {
  const r = await sql<{ mark: Date }>`
    SELECT least(now(), (SELECT min(xact_start) FROM pg_stat_activity WHERE datname = current_database()
                         AND backend_type = 'client backend' AND xact_start IS NOT NULL AND pid <> pg_backend_pid())) AS mark`.execute(db);
  return r.rows[0]!.mark;
}

/** One refresher at a time across servers and CLIs (transaction-scoped advisory lock). */
export async function tryRefreshLock(db: Db): Promise<boolean> {
  const r = await sql<{ ok: boolean }>`SELECT pg_try_advisory_xact_lock(hashtext('lindung.reports.refresh')) AS ok`.execute(db);
  return r.rows[0]!.ok;
}
