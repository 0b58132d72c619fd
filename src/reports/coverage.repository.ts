/**
 * SQL of the coverage figures: participants per tenant (or per village of one tenant) on the year's point
 * — the year's last month-end for a past year, today for the current one — from the roll-up only.
 */
import { sql } from 'kysely';
import type { Db } from '../db/database';

export interface GroupCounts { code: string; nonAsn: number; rentan: number }

/** The month whose figure stands for the year: December, or the current month of a running year. */
const yearPoint = (year: number) => sql`least(make_date(${year}::int, 12, 1), date_trunc('month', st.as_of)::date)`;

/** Participants per tenant at the year's point; `tenants` null = every tenant. */
export async function tenantCounts(db: Db, year: number, tenants: string[] | null): Promise<GroupCounts[]> {
  const r = await sql<GroupCounts>`
    SELECT ra.tenant_code AS code,
           coalesce(sum(ra.active) FILTER (WHERE ra.worker_group = 'non-asn'), 0)::int AS "nonAsn",
           coalesce(sum(ra.active) FILTER (WHERE ra.worker_group = 'rentan'), 0)::int AS rentan
    FROM report_tenant_state st
    JOIN report_tenant_month ra ON ra.tenant_code = st.tenant_code AND ra.month = ${yearPoint(year)}
    WHERE ${tenants === null ? sql`true` : sql`st.tenant_code = ANY(${tenants}::text[])`}
    GROUP BY ra.tenant_code`.execute(db);
  return r.rows;
}

/** Participants per kecamatan (the village code's first 8 characters) of one tenant at the year's point. */
export async function districtCounts(db: Db, year: number, tenantCode: string): Promise<GroupCounts[]> {
  const r = await sql<GroupCounts>`
    SELECT left(ra.village_code, 8) AS code,
           coalesce(sum(ra.active) FILTER (WHERE ra.worker_group = 'non-asn'), 0)::int AS "nonAsn",
           coalesce(sum(ra.active) FILTER (WHERE ra.worker_group = 'rentan'), 0)::int AS rentan
    FROM report_tenant_state st
    JOIN report_active ra ON ra.tenant_code = st.tenant_code AND ra.month = ${yearPoint(year)}
    WHERE st.tenant_code = ${tenantCode} AND ra.village_code IS NOT NULL
    GROUP BY 1`.execute(db);
  return r.rows;
}

export interface UnitCounts { unit: string; opdId: number | null; villageCode: string | null; workerGroup: 'non-asn' | 'rentan'; active: number }

/** Participants per unit (OPD or village) of one tenant at the year's point. */
export async function unitCounts(db: Db, year: number, tenantCode: string): Promise<UnitCounts[]> {
  const r = await sql<UnitCounts>`
    SELECT ra.unit, ra.opd_id AS "opdId", ra.village_code AS "villageCode", ra.worker_group AS "workerGroup", sum(ra.active)::int AS active
    FROM report_tenant_state st
    JOIN report_active ra ON ra.tenant_code = st.tenant_code AND ra.month = ${yearPoint(year)}
    WHERE st.tenant_code = ${tenantCode}
    GROUP BY 1, 2, 3, 4 ORDER BY 1`.execute(db);
  return r.rows;
}

export interface MonthCounts { month: string; groupId: number; workerGroup: 'non-asn' | 'rentan'; active: number }

/** Participants per month and PKS group of one tenant through a year (the "over time" panel). */
export async function monthlyCounts(db: Db, year: number, tenantCode: string): Promise<MonthCounts[]> {
  const r = await sql<MonthCounts>`
    SELECT to_char(month, 'YYYY-MM') AS month, group_id AS "groupId", worker_group AS "workerGroup", sum(active)::int AS active
    FROM report_tenant_month
    WHERE tenant_code = ${tenantCode} AND month BETWEEN make_date(${year}::int, 1, 1) AND make_date(${year}::int, 12, 1)
    GROUP BY 1, 2, 3 ORDER BY 1, 2`.execute(db);
  return r.rows;
}
