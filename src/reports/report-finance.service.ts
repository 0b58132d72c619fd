/**
 * Rebuilds the money roll-up of some tenants (ARCHITECTURE.md "Reports at national scale"): each PKS's
 * budget, billed, paid, outstanding, overdue and late fees from billing's ledger on the tenant's day (the same
 * replay the budget panel and the PKS page show, so the figures never differ), and the claims per incident
 * year from claims. Called by the refresher inside its transaction; a few queries per tenant, never per bill.
 */
import { agreementChangedTenantsSince, pksOfTenants, tenantsWithPks } from '../agreements/agreement-reports.service';
import { billingChangedTenantsSince } from '../billing/billing-rollup.service';
import { ledgerOf } from '../billing/payment-ledger.service';
import { claimChangedTenantsSince, claimYearTotals } from '../claims/claims-rollup.service';
import type { Db } from '../db/database';
import * as repo from './report-finance.repository';
import type { TenantDay } from './report-rollup.repository';

const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);

/** The tenants whose money figures changed since the watermark (bills, payments, claims, agreements). */
export async function moneyChangedTenantsSince(db: Db, since: Date): Promise<string[]> {
  const sets = await Promise.all([billingChangedTenantsSince(db, since), claimChangedTenantsSince(db, since), agreementChangedTenantsSince(db, since)]);
  return [...new Set(sets.flat())];
}

/** The tenants with a PKS whose money roll-up was never built (a new PKS; every one right after migration 0024). */
export async function unbuiltMoneyTenants(db: Db): Promise<string[]> {
  const [withPks, built] = await Promise.all([tenantsWithPks(db), repo.builtTenants(db)]);
  const done = new Set(built);
  return withPks.filter((code) => !done.has(code));
}

export async function rebuildFinance(db: Db, tenants: TenantDay[]): Promise<number> {
  if (!tenants.length) return 0;
  const codes = tenants.map((t) => t.tenantCode);
  const today = new Map(tenants.map((t) => [t.tenantCode, t.today]));
  const rows: repo.PksFinance[] = [];
  for (const pks of await pksOfTenants(db, codes)) {
    const asOf = today.get(pks.tenantCode)!;
    const { bills, paid } = await ledgerOf(db, pks.tenantCode, pks.agreementId, asOf);
    rows.push({
      tenantCode: pks.tenantCode, agreementId: pks.agreementId, budget: pks.budget, billed: sum(bills.map((b) => b.amount)), paid,
      outstanding: sum(bills.map((b) => b.outstanding)), overdue: sum(bills.filter((b) => b.dueOn < asOf).map((b) => b.outstanding)),
      lateFees: sum(bills.map((b) => b.lateFee)), asOf,
    });
  }
  const claims = await claimYearTotals(db, codes);
  await repo.replaceFinance(db, codes, rows, claims);
  return rows.length + claims.length;
}
