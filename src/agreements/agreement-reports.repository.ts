/** The PKS of many regencies in one query, for the reports' province and national views (src/reports). */
import { sql } from 'kysely';
import type { Db } from '../db/database';

export interface PksSummary {
  tenantCode: string; agreementId: number; number: string; status: 'draft' | 'signed' | 'active' | 'ended';
  periodStart: string; periodEnd: string; budget: number | null; quotaNonAsn: number; quotaRentan: number;
}

/** Each regency's PKS whose period touches the year (the latest when several do); `tenants` null = all. */
export async function pksOfYear(db: Db, year: number, tenants: string[] | null): Promise<PksSummary[]> {
  const r = await sql<PksSummary>`
    SELECT DISTINCT ON (a.tenant_code) a.tenant_code AS "tenantCode", a.id AS "agreementId", a.number, a.status,
           a.period_start AS "periodStart", a.period_end AS "periodEnd", a.budget_amount AS budget,
           coalesce((SELECT sum(g.target_headcount) FROM agreement_group g WHERE g.tenant_code = a.tenant_code AND g.agreement_id = a.id AND g.scheme = 'pu'), 0)::int AS "quotaNonAsn",
           coalesce((SELECT sum(g.target_headcount) FROM agreement_group g WHERE g.tenant_code = a.tenant_code AND g.agreement_id = a.id AND g.scheme = 'bpu'), 0)::int AS "quotaRentan"
    FROM agreement a
    WHERE a.kind = 'pks' AND a.period_start <= make_date(${year}::int, 12, 31) AND a.period_end >= make_date(${year}::int, 1, 1)
      AND ${tenants === null ? sql`true` : sql`a.tenant_code = ANY(${tenants}::text[])`}
    ORDER BY a.tenant_code, a.period_start DESC, a.id DESC`.execute(db);
  return r.rows;
}

/** Every PKS of these regencies with its budget (the reports' money roll-up rebuilds them all). */
export async function pksOfTenants(db: Db, tenants: string[]): Promise<{ tenantCode: string; agreementId: number; budget: number }[]> {
  const r = await sql<{ tenantCode: string; agreementId: number; budget: number }>`
    SELECT tenant_code AS "tenantCode", id AS "agreementId", coalesce(budget_amount, 0)::int8 AS budget
    FROM agreement WHERE kind = 'pks' AND tenant_code = ANY(${tenants}::text[])`.execute(db);
  return r.rows.map((row) => ({ ...row, agreementId: Number(row.agreementId), budget: Number(row.budget) }));
}

/** The regencies whose agreements changed since a moment (a budget amended, a PKS signed or ended). */
export async function agreementChangedTenantsSince(db: Db, since: Date): Promise<string[]> {
  const r = await sql<{ tenant_code: string }>`SELECT DISTINCT tenant_code FROM agreement WHERE kind = 'pks' AND updated_at >= ${since}`.execute(db);
  return r.rows.map((row) => row.tenant_code);
}

/** The regencies with a PKS (a regency with a budget but no participant yet still has money figures). */
export async function tenantsWithPks(db: Db): Promise<string[]> {
  const r = await sql<{ tenant_code: string }>`SELECT DISTINCT tenant_code FROM agreement WHERE kind = 'pks'`.execute(db);
  return r.rows.map((row) => row.tenant_code);
}
