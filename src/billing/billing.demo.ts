/**
 * The demo's 2025 bills (CONTRACTS.md "Demo"): the Nagekeo PKS billed January–December 2025, two groups ×
 * 12 months = 24 regular bills, Rp 125,491,488 a month (6,311 × 11,808 + 3,034 × 16,800), Rp 1,505,897,856
 * in all. Run through the billing service as the Dinas, marked `example`; running it again creates nothing.
 */
import { listAgreements } from '../agreements/agreements.service';
import type { RequestContext } from '../auth/actor';
import type { Db } from '../db/database';
import { monthsFromTo } from '../domain/bill-rules';
import { monthOf } from '../domain/calendar';
import { runBilling } from './billing-run.service';

/** Bills every month of the PKS's period; answers how many bills were created. */
export async function seedDemoBilling(db: Db, cli: RequestContext, tenantCode: string, pksNumber: string): Promise<number> {
  const ctx: RequestContext = { ...cli, actor: { ...cli.actor, role: 'dinas', tenantCode } };
  const pks = (await listAgreements(db, ctx, tenantCode)).find((a) => a.number === pksNumber);
  if (!pks) return 0;
  let created = 0;
  for (const month of monthsFromTo(monthOf(pks.periodStart), monthOf(pks.periodEnd))) {
    created += (await runBilling(db, ctx, tenantCode, { month, agreementId: pks.id }, { example: true })).created;
  }
  return created;
}
