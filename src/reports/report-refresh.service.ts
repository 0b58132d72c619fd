/**
 * Keeps the reports roll-ups fresh (ARCHITECTURE.md "Reports at national scale"). The participation roll-up
 * of a tenant is rebuilt when one of its participations changed since the last run's watermark; its money
 * roll-up (PKS ledger totals, claims) when its bills, payments, claims or agreements changed; both when its
 * day moved on (the current month counts "today", overdue is "past due today") or when never built. One
 * refresher at a time (advisory lock); each rebuild is DELETE + INSERT in the run's transaction, so a run
 * that dies leaves the previous figures.
 */
import type { Clock } from '../clock/clock';
import { todayIn } from '../clock/clock';
import type { Db } from '../db/database';
import { changedTenantsSince, tenantsWithParticipations } from '../enrolment/participation-rollup.service';
import { moneyChangedTenantsSince, rebuildFinance, unbuiltMoneyTenants } from './report-finance.service';
import * as repo from './report-rollup.repository';

export interface RefreshResult { ran: boolean; tenants: number; rows: number; seconds: number }

/** Tenants rebuilt per statement: bounded work per statement when a whole nation is due. */
const BATCH = 64;

async function dueTenants(tx: Db, clock: Clock, all: boolean) {
  const mark = await repo.refreshMark(tx);
  const people = new Set<string>();
  const money = new Set<string>();
  if (mark === null || all) {
    for (const code of await tenantsWithParticipations(tx)) people.add(code);
    for (const code of people) money.add(code);
  } else {
    for (const code of await changedTenantsSince(tx, mark)) people.add(code);
    for (const code of await moneyChangedTenantsSince(tx, mark)) money.add(code);
  }
  for (const code of await unbuiltMoneyTenants(tx)) money.add(code);
  for (const s of await repo.tenantStates(tx)) {
    if (s.asOf < todayIn(clock, s.tenantCode)) { people.add(s.tenantCode); money.add(s.tenantCode); }
  }
  const days = (codes: Set<string>) => [...codes].sort().map((tenantCode) => ({ tenantCode, today: todayIn(clock, tenantCode) }));
  return { people: days(people), money: days(money) };
}

export async function refreshReports(db: Db, clock: Clock, opts: { all?: boolean } = {}): Promise<RefreshResult> {
  const started = performance.now();
  return db.transaction().execute(async (tx) => {
    if (!(await repo.tryRefreshLock(tx))) return { ran: false, tenants: 0, rows: 0, seconds: 0 };
    const next = await repo.nextMark(tx);
    const due = await dueTenants(tx, clock, !!opts.all);
    let rows = 0;
    for (let i = 0; i < due.people.length; i += BATCH) rows += await repo.rebuildTenants(tx, due.people.slice(i, i + BATCH));
    for (let i = 0; i < due.money.length; i += BATCH) {
      rows += await rebuildFinance(tx, due.money.slice(i, i + BATCH));
      await repo.setTenantStates(tx, due.money.slice(i, i + BATCH));
    }
    await repo.setRefreshMark(tx, next);
    const tenants = new Set([...due.people, ...due.money].map((t) => t.tenantCode)).size;
    return { ran: true, tenants, rows, seconds: (performance.now() - started) / 1000 };
  });
}
