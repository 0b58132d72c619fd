/** `lindung demo seed`: creates (idempotently) the Nagekeo demo through the same services as the API. */
import type { Db } from '../db/database';
import { ensureBranch } from '../branches/branch-directory.service';
import { hasNoTenant } from '../tenants/tenant-directory.service';
import { DEMO_PKS, seedDemoAgreements } from '../agreements/agreements.demo';
import { seedDemoParticipants } from './demo-participants';
import { seedDemoLifeEvents } from './demo-life-events';
import { seedDemoBilling } from '../billing/billing.demo';
import { seedDemoReference } from '../reports/reports.demo';
import { seedDemoPayments } from '../billing/payments.demo';
import { systemClock, todayIn } from '../clock/clock';
import { seedDemoClaims } from '../claims/claims.demo';
import { loadConfig } from '../config/config';
import type { RequestContext } from '../auth/actor';
import { createUser, userExists } from '../auth/users.service';
import * as tenants from '../tenants/tenants.service';
import { DEMO_BRANCH, DEMO_OPDS, DEMO_TENANT } from './demo-data';
import { DEMO_USERS } from './demo-users';

export interface DemoSeedResult {
  tenant: string;
  created: { opds: number; users: number; agreements: number; workers: number; participants: number; bills: number; payments: number };
  users: { role: string; username: string; password: string }[];
}

/**
 * `participants: false` leaves out the demo registry and its enrolment (9,345 synthetic people): tests
 * of the import and the registry start from an empty registry unless they ask for it.
 */
export async function seedDemo(db: Db, ctx: RequestContext, opts: { participants?: boolean; dataDir?: string } = {}): Promise<DemoSeedResult> {
  await tenants.createTenant(db, ctx, DEMO_TENANT);
  await ensureBranch(db, DEMO_BRANCH);

  const existing = new Map((await tenants.listOpds(db, ctx, DEMO_TENANT)).map((o) => [o.name, o.id]));
  let opds = 0;
  for (const opd of DEMO_OPDS) {
    if (existing.has(opd.name)) continue;
    existing.set(opd.name, (await tenants.createOpd(db, ctx, DEMO_TENANT, opd)).id);
    opds++;
  }

  let users = 0;
  for (const u of DEMO_USERS) {
    if (await userExists(db, u.username)) continue;
    const scoped = u.role === 'dinas' || u.role === 'opd' || u.role === 'desa';
    await createUser(db, ctx, {
      username: u.username, displayName: u.displayName, password: u.password, role: u.role,
      tenantCode: scoped ? DEMO_TENANT : null,
      opdId: u.opdName ? existing.get(u.opdName) ?? null : null,
      villageCode: u.villageCode ?? null,
      branchCode: u.role === 'bpjs' ? DEMO_BRANCH.code : null,
      regionScope: u.regionScope ?? null,
      mustChangePassword: false,
    });
    users++;
  }
  const agreements = await seedDemoAgreements(db, ctx);
  const enrolled = opts.participants === false ? { workers: 0, participants: 0 }
    : await seedDemoParticipants(db, ctx, DEMO_TENANT, DEMO_PKS.number, [...existing.values()]);
  // the year's deaths end their participations and replacements take the slots BEFORE the bills are issued
  const replaced = opts.participants === false ? { workers: 0, participants: 0 } : await seedDemoLifeEvents(db, ctx, DEMO_TENANT, DEMO_PKS.number);
  const workers = enrolled.workers + replaced.workers;
  const participants = enrolled.participants + replaced.participants;
  // CONTRACTS.md order: participants (with deaths and replacements) → billing → payments → claims (wage bases from the bill lines)
  const bills = opts.participants === false ? 0 : await seedDemoBilling(db, ctx, DEMO_TENANT, DEMO_PKS.number);
  const payments = opts.participants === false ? 0 : await seedDemoPayments(db, ctx, DEMO_TENANT, DEMO_PKS.number, todayIn(systemClock, DEMO_TENANT));
  if (opts.participants !== false) await seedDemoClaims(db, ctx, DEMO_TENANT, DEMO_PKS.number, opts.dataDir ?? loadConfig().dataDir);
  if (opts.participants !== false) await seedDemoReference(db, DEMO_TENANT, 2025); // UCJ figures, flagged example data
  return { tenant: DEMO_TENANT, created: { opds, users, agreements, workers, participants, bills, payments }, users: DEMO_USERS.map(({ role, username, password }) => ({ role, username, password })) };
}

/** True when the installation has no tenant yet: `npm start` then seeds the demo. */
export async function isEmptyInstallation(db: Db): Promise<boolean> {
  return hasNoTenant(db);
}
