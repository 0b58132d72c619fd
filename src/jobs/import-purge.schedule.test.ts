/**
 * The server's purge schedule: `buildApp({ runsSchedules: true })` purges at start-up with the configured
 * retention and audits it as "system"; a failing run is logged, the server keeps answering, runs go on at
 * each interval, and closing the app stops them.
 */
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliContext } from '../auth/actor';
import { loadConfig } from '../config/config';
import { createDb } from '../db/database';
import { seedDemo } from '../demo/demo.service';
import { buildApp } from '../server/app';
import { approveBatch } from '../imports/imports.service';
import { createTestDb, type TestDb } from '../../test/support/db';
import { checkerOf, contextOf, decidedDaysAgo, stage } from '../../test/support/imports';
import { scheduleImportPurge } from './import-purge.schedule';

let t: TestDb;
const SAMPLE = new URL('../../test/fixtures/imports/non-asn-sample.csv', import.meta.url).pathname;

/** Polls until `check` holds (the schedule runs in the background, not inside app.ready()). */
async function eventually(check: () => Promise<boolean> | boolean, ms = 10_000): Promise<void> {
  for (const until = Date.now() + ms; Date.now() < until;) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('condition not met in time');
}

beforeAll(async () => { t = await createTestDb(); });
afterAll(() => t.drop());

describe('the purge schedule', () => {
  it('purges at start-up with the configured retention, as "system"', async () => {
    await seedDemo(t.db, cliContext(), { participants: false });
    const id = (await stage(t.db, await contextOf(t.db, 'dinas'), SAMPLE)).summary.batchId!;
    await approveBatch(t.db, checkerOf(), '53.16', id);
    await decidedDaysAgo(t.db, id, 31);
    const purgedAt = async () => (await t.db.selectFrom('import_batch').select('rows_purged_at').where('id', '=', id).executeTakeFirstOrThrow()).rows_purged_at;

    const app = await buildApp({ db: t.db, config: { ...loadConfig(), databaseUrl: t.url, importRowRetentionDays: 30 }, runsSchedules: true });
    await app.ready();
    await eventually(async () => (await purgedAt()) !== null);
    await app.close();
    const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'import.purge').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_username: 'system', tenant_code: '53.16', details: { olderThanDays: 30, batches: [{ id }] } });
  });

  it('logs a failed run, keeps serving, runs again at the interval and stops when the app closes', async () => {
    const failures: string[] = [];
    const app = Fastify({ logger: { level: 'error', stream: { write: (line: string) => { failures.push(line); } } } });
    app.get('/ping', async () => ({ ok: true }));
    // nothing listens on port 1: every run fails to connect
    const unreachable = createDb('postgres://lindung:x@127.0.0.1:1/lindung', 1);
    scheduleImportPurge(app, unreachable, { olderThanDays: 90, everyMs: 25 });
    await app.ready();
    await eventually(() => failures.length >= 2);
    expect(failures[0]).toContain('staged import row purge failed');
    expect((await app.inject({ method: 'GET', url: '/ping' })).json()).toEqual({ ok: true });
    await app.close();
    const logged = failures.length;
    await new Promise((r) => setTimeout(r, 150));
    expect(failures.length).toBe(logged);
    await unreachable.destroy();
  });
});
