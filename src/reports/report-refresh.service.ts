/**
 * Keeps the reports roll-up fresh (ARCHITECTURE.md "Reports at national scale"). A tenant is rebuilt when
 * one of its participations changed since the last run's watermark, when its day moved on (the current
 * month counts "today"), or when it was never built. One refresher at a time (advisory lock); the rebuild
 * of a regency is one DELETE + one INSERT … SELECT, so a run that dies leaves the previous figures.
 */
import type { Clock } from '../clock/clock';
import { todayIn } from '../clock/clock';
import type { Db } from '../db/database';
import { changedTenantsSince, tenantsWithParticipations } from '../enrolment/participation-rollup.service';
import * as repo from './report-rollup.repository';

export interface RefreshResult { ran: boolean; tenants: number; rows: number; seconds: number }

/** Tenants rebuilt per transaction: bounded work per statement when a whole nation is due. */
const BATCH = 64;

export async function refreshReports(db: Db, clock: Clock, opts: { all?: boolean } = {}): Promise<RefreshResult> {
  const started = performance.now();
  return db.transaction().execute(async (tx) => {
    if (!(await repo.tryRefreshLock(tx))) return { ran: false, tenants: 0, rows: 0, seconds: 0 };
    const mark = await repo.refreshMark(tx);
    const next = await repo.nextMark(tx);
    const due = new Set<string>();
    if (mark === null || opts.all) for (const code of await tenantsWithParticipations(tx)) due.add(code);
    else for (const code of await changedTenantsSince(tx, mark)) due.add(code);
    for (const s of await repo.tenantStates(tx)) if (s.asOf < todayIn(clock, s.tenantCode)) due.add(s.tenantCode);
    const tenants = [...due].sort().map((tenantCode) => ({ tenantCode, today: todayIn(clock, tenantCode) }));
    let rows = 0;
    for (let i = 0; i < tenants.length; i += BATCH) rows += await repo.rebuildTenants(tx, tenants.slice(i, i + BATCH));
    await repo.setRefreshMark(tx, next);
    return { ran: true, tenants: tenants.length, rows, seconds: (performance.now() - started) / 1000 };
  });
}
