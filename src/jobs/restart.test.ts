/**
 * Done-when of issue #10 (the job queue): a real `lindung serve` process is killed (SIGKILL) in the middle
 * of approving a sizeable batch. The job must not stay "running": the next server takes it back from the
 * queue and runs it again, and the registry holds the batch exactly once — nothing of the killed run.
 * The approval is held in its 'registering' phase by a lock on `person`, so the kill lands mid-way.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliContext } from '../auth/actor';
import { seedDemo } from '../demo/demo.service';
import { generateWorkers } from '../../bench/generate-workers';
import { createTestDb, type TestDb } from '../../test/support/db';
import { CSRF } from '../../test/support/http';
import { contextOf, holdRegistryWrites, stage, tempDir } from '../../test/support/imports';
import { DEMO_USERS } from '../../test/support/server';

const BIN = path.resolve(import.meta.dirname, '../../bin/lindung.mjs');
const ROWS = 3_000;
let t: TestDb;
const servers: ChildProcess[] = [];

const freePort = () => new Promise<number>((resolve) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address() as net.AddressInfo; s.close(() => resolve(port)); });
});

/** `lindung serve` on the test's database, in its own process; resolves when it answers. */
async function serve(port: number): Promise<{ child: ChildProcess; output: () => string }> {
  let out = '';
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port), '--no-demo'], {
    env: { ...process.env, DATABASE_URL: t.url, LINDUNG_DATA_DIR: tempDir(), LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  servers.push(child);
  child.stdout!.on('data', (d) => { out += d; });
  child.stderr!.on('data', (d) => { out += d; });
  await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => undefined))?.status, { timeout: 60_000, interval: 200 }).toBe(200);
  return { child, output: () => out };
}

const exited = (child: ChildProcess) => new Promise<void>((resolve) => { if (child.exitCode !== null || child.signalCode) resolve(); else child.once('exit', () => resolve()); });

async function login(base: string, username: string) {
  const { password } = DEMO_USERS.find((u) => u.username === username)!;
  const res = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { ...CSRF, 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  expect(res.status).toBe(200);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('lindung_session='))!.split(';')[0]!;
  return (url: string, init: RequestInit = {}) => fetch(`${base}${url}`, { ...init, headers: { ...CSRF, cookie, 'accept-language': 'en', ...(init.body ? { 'content-type': 'application/json' } : {}) } });
}

beforeAll(async () => { t = await createTestDb(); });
afterAll(async () => {
  for (const s of servers) if (s.exitCode === null && !s.signalCode) s.kill('SIGKILL');
  await Promise.all(servers.map(exited));
  await t.drop();
});

describe('a server killed during an approval', () => {
  it('leaves the job to be retried by the next server, which registers the batch exactly once', async () => {
    await seedDemo(t.db, cliContext(), { participants: false });
    const file = path.join(tempDir(), 'sizeable.csv');
    generateWorkers({ rows: ROWS, out: file, seed: 11, duplicateShare: 0 });
    const { summary } = await stage(t.db, await contextOf(t.db, 'dinas'), file);
    expect(summary.accepted).toBeGreaterThan(ROWS * 0.9);
    const batchId = summary.batchId!;
    const persons = async () => Number((await t.db.selectFrom('person').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await persons();

    const release = await holdRegistryWrites(t.db);
    let released = false;
    try {
      const port = await freePort();
      const first = await serve(port);
      const api = await login(`http://127.0.0.1:${port}`, 'kabid.nagekeo');
      const started = await api(`/api/v1/tenants/53.16/imports/${batchId}/approve`, { method: 'POST', body: '{}' });
      expect(started.status).toBe(202);
      const { jobId } = (await started.json()) as { jobId: number };
      const jobUrl = `/api/v1/tenants/53.16/jobs/${jobId}`;
      await expect.poll(async () => ((await (await api(jobUrl)).json()) as { phase: string }).phase, { timeout: 30_000 }).toBe('registering');
      const row = () => t.db.selectFrom('job').select(['status', 'runner_id', 'attempts']).where('id', '=', jobId).executeTakeFirstOrThrow();
      const killedRunner = (await row()).runner_id;
      expect(killedRunner).not.toBeNull();

      first.child.kill('SIGKILL');
      await exited(first.child);
      expect(await row()).toMatchObject({ status: 'running', attempts: 1 }); // what the crash left behind

      const second = await serve(port);
      // the new server's queue finds the dead runner's job and runs it again (its run waits on the lock too)
      await expect.poll(async () => (await row()).attempts, { timeout: 30_000 }).toBe(2);
      expect((await row()).runner_id).not.toBe(killedRunner);
      await release();
      released = true;

      const again = await login(`http://127.0.0.1:${port}`, 'kabid.nagekeo');
      await expect.poll(async () => ((await (await again(jobUrl)).json()) as { status: string }).status, { timeout: 60_000 }).not.toBe('running');
      const job = (await (await again(jobUrl)).json()) as { status: string; result: { status: string; alreadyApproved: boolean; registered: { persons: number } } };
      expect(job).toMatchObject({ status: 'succeeded', result: { status: 'approved', alreadyApproved: false } });
      // exactly once: the killed run's transaction left nothing, the retry registered every accepted row
      expect(await persons()).toBe(before + job.result.registered.persons);
      const memberships = await t.db.selectFrom('membership').select((eb) => eb.fn.countAll<number>().as('n')).where('source_batch_id', '=', batchId).executeTakeFirstOrThrow();
      expect(Number(memberships.n)).toBe(summary.accepted);
      const audits = await t.db.selectFrom('audit_log').select('id').where('action', '=', 'import.approve').where('entity_id', '=', String(batchId)).execute();
      expect(audits).toHaveLength(1);
      expect(second.output()).toContain('jobs cut off by a stopped process are queued again');
      second.child.kill('SIGTERM');
      await exited(second.child);
    } finally {
      if (!released) await release();
    }
  }, 180_000);
});
