/**
 * SQL of the money roll-up (`report_pks_finance`, `report_tenant_claims`, migration 0024): replace the rows
 * of the tenants rebuilt, and read them for the province and national views — a few hundred rows at most.
 */
import { sql } from 'kysely';
import type { Db } from '../db/database';

export interface PksFinance { tenantCode: string; agreementId: number; budget: number; billed: number; paid: number; outstanding: number; overdue: number; lateFees: number; asOf: string }
export interface TenantClaims { tenantCode: string; year: number; filed: number; approved: number; paid: number; refused: number; benefitsPaid: number }

export async function replaceFinance(db: Db, codes: string[], rows: PksFinance[], claims: TenantClaims[]): Promise<void> {
  await db.deleteFrom('report_pks_finance').where('tenant_code', 'in', codes).execute();
  await db.deleteFrom('report_tenant_claims').where('tenant_code', 'in', codes).execute();
  if (rows.length) {
    await db.insertInto('report_pks_finance').values(rows.map((r) => ({
      tenant_code: r.tenantCode, agreement_id: r.agreementId, budget: r.budget, billed: r.billed, paid: r.paid,
      outstanding: r.outstanding, overdue: r.overdue, late_fees: r.lateFees, as_of: r.asOf,
    }))).execute();
  }
  if (claims.length) {
    await db.insertInto('report_tenant_claims').values(claims.map((c) => ({
      tenant_code: c.tenantCode, year: c.year, filed: c.filed, approved: c.approved, paid: c.paid, refused: c.refused, benefits_paid: c.benefitsPaid,
    }))).execute();
  }
}

/** The tenants whose money roll-up was ever built (one after migration 0024 on a running installation is due). */
export async function builtTenants(db: Db): Promise<string[]> {
  const r = await sql<{ tenant_code: string }>`SELECT DISTINCT tenant_code FROM report_pks_finance`.execute(db);
  return r.rows.map((row) => row.tenant_code);
}

/** The money of these PKS (tenant code and agreement id pairs). */
export async function financeOf(db: Db, pks: { tenantCode: string; agreementId: number }[]): Promise<PksFinance[]> {
  if (!pks.length) return [];
  const r = await sql<PksFinance>`
    SELECT f.tenant_code AS "tenantCode", f.agreement_id AS "agreementId", f.budget, f.billed, f.paid, f.outstanding, f.overdue,
           f.late_fees AS "lateFees", f.as_of AS "asOf"
    FROM report_pks_finance f
    JOIN unnest(${pks.map((p) => p.tenantCode)}::text[], ${pks.map((p) => p.agreementId)}::int8[]) AS k(tenant_code, agreement_id)
      ON f.tenant_code = k.tenant_code AND f.agreement_id = k.agreement_id`.execute(db);
  return r.rows;
}

/** Claims of the year per tenant; `tenants` null = every tenant. */
export async function claimsOfYear(db: Db, year: number, tenants: string[] | null): Promise<TenantClaims[]> {
  let q = db.selectFrom('report_tenant_claims')
    .select(['tenant_code as tenantCode', 'year', 'filed', 'approved', 'paid', 'refused', 'benefits_paid as benefitsPaid'])
    .where('year', '=', year);
  if (tenants !== null) q = q.where('tenant_code', 'in', tenants.length ? tenants : ['']);
  return q.execute();
}
