/**
 * SQL of the participation roll-up (`report_active`, `report_tenant_state`, `report_refresh_mark`): one
 * DELETE + one INSERT … SELECT per refresh of a set of tenants, over enrolment's covered-span sub-query.
 */
import { sql } from 'kysely';
import type { Db } from '../db/database';
import { coveredSpanSource } from '../enrolment/participation-rollup.service';

export interface TenantDay { tenantCode: string; today: string }

/**
 * Recomputes the roll-up of the given tenants in one pass over their participations: each covered span
 * is a +1 in the month it starts and a −1 in the month after its last covered day; a unit's figure for a
 * month is the running sum of those (the month's last day — today for the current month — decides: a
 * change later in the current month is not counted yet). Linear in participations, whatever the spread of
 * dates. The tenant totals per month and group follow from the units.
 */
export async function rebuildTenants(db: Db, tenants: TenantDay[]): Promise<number> {
  if (tenants.length === 0) return 0;
  const codes = tenants.map((t) => t.tenantCode);
  const todays = tenants.map((t) => t.today);
  await db.deleteFrom('report_active').where('tenant_code', 'in', codes).execute();
  await db.deleteFrom('report_tenant_month').where('tenant_code', 'in', codes).execute();
  const r = await sql`
    WITH days AS (
      SELECT d.tenant_code, d.today, date_trunc('month', d.today)::date AS this_month
      FROM unnest(${codes}::text[], ${todays}::date[]) AS d(tenant_code, today)
    ), ev AS (
      SELECT s.tenant_code, s.group_id, s.worker_group,
             CASE WHEN s.worker_group = 'non-asn' THEN 'opd:' || coalesce(s.opd_id::text, '-') ELSE coalesce(s.village_code, '-') END AS unit,
             min(s.agreement_id) AS agreement_id, min(s.opd_id) AS opd_id, min(s.village_code) AS village_code,
             date_trunc('month', e.day)::date AS month, sum(e.delta)::int AS delta
      FROM (${coveredSpanSource(db)}) s
      JOIN days ON days.tenant_code = s.tenant_code
      CROSS JOIN LATERAL (VALUES (s.coverage_from, 1), (s.coverage_to + 1, -1)) AS e(day, delta)
      WHERE s.tenant_code = ANY(${codes}::text[]) AND s.coverage_to >= s.coverage_from AND e.day <= days.today
      GROUP BY 1, 2, 3, 4, 8
    ), units AS (
      SELECT tenant_code, group_id, worker_group, unit, min(agreement_id) AS agreement_id, min(opd_id) AS opd_id, min(village_code) AS village_code,
             min(month) AS first_month
      FROM ev GROUP BY 1, 2, 3, 4
    ), cells AS (
      -- every month of every unit once (delta 0 fills the months without a change), summed without a join
      SELECT tenant_code, group_id, worker_group, unit, month, max(agreement_id) AS agreement_id, max(opd_id) AS opd_id,
             max(village_code) AS village_code, sum(delta) AS delta
      FROM (
        SELECT tenant_code, group_id, worker_group, unit, month, agreement_id, opd_id, village_code, delta FROM ev
        UNION ALL
        SELECT u.tenant_code, u.group_id, u.worker_group, u.unit, m::date, u.agreement_id, u.opd_id, u.village_code, 0
        FROM units u JOIN days ON days.tenant_code = u.tenant_code
        CROSS JOIN LATERAL generate_series(u.first_month, days.this_month, interval '1 month') AS m
      ) x
      GROUP BY 1, 2, 3, 4, 5
    ), running AS (
      SELECT c.tenant_code, c.month, least((c.month + interval '1 month' - interval '1 day')::date, days.today) AS on_date,
             c.group_id, c.agreement_id, c.worker_group, c.opd_id, c.village_code, c.unit,
             sum(c.delta) OVER (PARTITION BY c.tenant_code, c.group_id, c.unit ORDER BY c.month) AS active
      FROM cells c JOIN days ON days.tenant_code = c.tenant_code
    )
    INSERT INTO report_active (tenant_code, month, on_date, group_id, agreement_id, worker_group,
                               opd_id, village_code, unit, active)
    SELECT tenant_code, month, on_date, group_id, agreement_id, worker_group,
           CASE WHEN worker_group = 'non-asn' THEN opd_id END, CASE WHEN worker_group = 'rentan' THEN village_code END, unit, active
    FROM running WHERE active > 0
  `.execute(db);
  await sql`
    INSERT INTO report_tenant_month (tenant_code, month, on_date, group_id, agreement_id, worker_group, active)
    SELECT tenant_code, month, min(on_date), group_id, min(agreement_id), min(worker_group), sum(active)
    FROM report_active WHERE tenant_code = ANY(${codes}::text[]) GROUP BY tenant_code, month, group_id
  `.execute(db);
  await setTenantStates(db, tenants);
  return Number(r.numAffectedRows ?? 0);
}

/** Records the day the tenants' roll-ups were built for (a tenant is rebuilt when its day moves on). */
export async function setTenantStates(db: Db, tenants: TenantDay[]): Promise<void> {
  if (tenants.length === 0) return;
  await sql`
    INSERT INTO report_tenant_state (tenant_code, as_of, refreshed_at)
    SELECT u.tenant_code, u.as_of, now() FROM unnest(${tenants.map((t) => t.tenantCode)}::text[], ${tenants.map((t) => t.today)}::date[]) AS u(tenant_code, as_of)
    ON CONFLICT (tenant_code) DO UPDATE SET as_of = excluded.as_of, refreshed_at = excluded.refreshed_at
  `.execute(db);
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
