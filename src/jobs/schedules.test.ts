/**
 * The declared schedules run through the queue: `buildApp({ runsSchedules: true })` registers every
 * schedule with graphile-worker (it remembers each by its id) and runs the purge at start-up with the
 * configured retention, audited as "system"; a failing scheduled task is logged and retried by the queue,
 * the server keeps answering; closing the app stops the queue.
 */
import { sql } from 'kysely';
import { parseCronItems } from 'graphile-worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliContext } from '../auth/actor';
import { loadConfig } from '../config/config';
import { seedDemo } from '../demo/demo.service';
import { buildApp } from '../server/app';
import { approveBatch } from '../imports/imports.service';
import { createTestDb, type TestDb } from '../../test/support/db';
import { checkerOf, contextOf, decidedDaysAgo, stage } from '../../test/support/imports';
import { JOB_KINDS } from './job-kinds';
import { SCHEDULES } from './schedules';

let t: TestDb;
const SAMPLE = new URL('../../test/fixtures/imports/non-asn-sample.csv', import.meta.url).pathname;

beforeAll(async () => { t = await createTestDb(); });
afterAll(() => t.drop());

describe('declared schedules', () => {
  it('declares the daily purge as a cron line for a known task, with the configured retention', () => {
    const purge = SCHEDULES.find((s) => s.id === 'import-purge-daily');
    expect(purge).toMatchObject({ task: 'import.purge', cron: '30 1 * * *', atStart: true });
    // the purge also sweeps upload files a killed process left in the data directory
    const config = { ...loadConfig(), importRowRetentionDays: 45 };
    expect(purge!.payload(config)).toEqual({ olderThanDays: 45, dataDir: config.dataDir });
    for (const s of SCHEDULES) expect(JOB_KINDS).toContain(s.task);
    expect(() => parseCronItems(SCHEDULES.map((s) => ({ task: s.task, match: s.cron, identifier: s.id })))).not.toThrow();
    expect(new Set(SCHEDULES.map((s) => s.id)).size).toBe(SCHEDULES.length);
  });

  it('runs the purge through the queue at start-up, as "system", and registers the schedule', async () => {
    await seedDemo(t.db, cliContext(), { participants: false });
    const id = (await stage(t.db, await contextOf(t.db, 'dinas'), SAMPLE)).summary.batchId!;
    await approveBatch(t.db, checkerOf(), '53.16', id);
    await decidedDaysAgo(t.db, id, 31);
    const purgedAt = async () => (await t.db.selectFrom('import_batch').select('rows_purged_at').where('id', '=', id).executeTakeFirstOrThrow()).rows_purged_at;

    const app = await buildApp({ db: t.db, config: { ...loadConfig(), databaseUrl: t.url, importRowRetentionDays: 30 }, runsSchedules: true });
    await app.ready();
    await expect.poll(purgedAt, { timeout: 10_000 }).not.toBeNull();
    const crontabs = await sql<{ identifier: string }>`SELECT identifier FROM graphile_worker._private_known_crontabs`.execute(t.db);
    expect(crontabs.rows.map((r) => r.identifier)).toContain('import-purge-daily');
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBeLessThan(500);
    await app.close();
    const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'import.purge').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_username: 'system', tenant_code: '53.16', details: { olderThanDays: 30, batches: [{ id }] } });
  });

  it('logs a failing scheduled run and keeps it in the queue for a retry', async () => {
    const lines: string[] = [];
    const logger = { level: 'info', stream: { write: (line: string) => { lines.push(line); } } };
    // a retention the purge refuses (VALIDATION): the task fails on every run
    const app = await buildApp({ db: t.db, config: { ...loadConfig(), databaseUrl: t.url, importRowRetentionDays: -1 }, logger, runsSchedules: true });
    await app.ready();
    await expect.poll(() => lines.some((l) => l.includes('scheduled task failed')), { timeout: 10_000 }).toBe(true);
    const queued = await sql<{ attempts: number; last_error: string }>`SELECT attempts, last_error FROM graphile_worker.jobs WHERE key = 'import-purge-daily'`.execute(t.db);
    expect(queued.rows[0]).toMatchObject({ attempts: 1, last_error: expect.stringContaining('VALIDATION') });
    await app.close();
    await sql`DELETE FROM graphile_worker._private_jobs WHERE key = 'import-purge-daily'`.execute(t.db);
  });
});
