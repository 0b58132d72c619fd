/**
 * The monthly billing run on the job queue (schedule `billing-run-monthly`, task `billing.run-month`): on the
 * 1st of each month, this month for every PKS in force of every regency, each regency acting as its Dinas.
 * Restart-safe: graphile-worker records the run by schedule id (a second server does not repeat it, a run
 * missed while the server was down is made up within the backfill window), and the run itself is one
 * transaction and idempotent — a crashed or repeated run bills each group-month once.
 */
import type { RequestContext } from '../auth/actor';
import type { Db } from '../db/database';
import { registerTask } from '../jobs/task-registry';
import { listTenants } from '../tenants/tenants.service';
import { runMonthForTenant, type RunResult } from './billing-run.service';

export async function runMonthEverywhere(db: Db, system: RequestContext): Promise<{ tenants: { tenantCode: string; result: RunResult | null }[] }> {
  const tenants = await listTenants(db, system);
  const out: { tenantCode: string; result: RunResult | null }[] = [];
  for (const t of tenants) {
    const ctx: RequestContext = { ...system, actor: { ...system.actor, role: 'dinas', tenantCode: t.code } };
    out.push({ tenantCode: t.code, result: await runMonthForTenant(db, ctx, t.code) });
  }
  return { tenants: out };
}

registerTask<Record<string, never>>('billing.run-month', async (_payload, run) => runMonthEverywhere(run.db, run.ctx));
