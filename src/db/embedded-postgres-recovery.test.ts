/**
 * Restarting the embedded PostgreSQL after a hard crash (issue #16 items 13 and 15): PostgreSQL's own log
 * is kept in <dataDir>/pg.log and its reason is shown when it will not start; an orphaned backend of THIS
 * data directory (its postmaster killed, the backend stuck holding the shared memory) is ended safely and
 * the server starts; as root, a data directory inside a private (0700) folder is refused with what to do.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded-postgres';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lindung-recovery-'));
fs.chmodSync(root, 0o755);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function backendPid(url: string): Promise<{ client: pg.Client; pid: number }> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {});
  await client.connect();
  return { client, pid: (await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid as number };
}
const alive = (pid: number) => { try { process.kill(pid, 0); return true; } catch { return false; } };

describe('restart after a hard crash', () => {
  const dir = path.join(root, 'crash');

  it('ends an orphaned backend of its own data directory and starts', async () => {
    const first = await startEmbeddedPostgres(dir);
    const { pid } = await backendPid(first.url);
    const postmaster = Number(fs.readFileSync(path.join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    // a backend that cannot notice its postmaster died keeps the shared memory: PostgreSQL then refuses to start
    process.kill(pid, 'SIGSTOP');
    process.kill(postmaster, 'SIGKILL');
    for (let i = 0; i < 100 && alive(postmaster); i++) await new Promise((r) => setTimeout(r, 50));
    try {
      const again = await startEmbeddedPostgres(dir);
      expect(alive(pid)).toBe(false);
      const { client } = await backendPid(again.url);
      await client.end();
      await again.stop();
    } finally {
      if (alive(pid)) process.kill(pid, 'SIGKILL');
    }
  }, 120_000);

  it('keeps PostgreSQL\'s log and shows its reason when it will not start', async () => {
    const conf = path.join(dir, 'pg', 'postgresql.conf');
    const original = fs.readFileSync(conf, 'utf8');
    fs.appendFileSync(conf, '\nshared_buffers = lots\n');
    try {
      await expect(startEmbeddedPostgres(dir)).rejects.toMatchObject({
        code: 'EMBEDDED_PG_START_FAILED', details: { reason: expect.stringContaining('shared_buffers') },
      });
      expect(fs.readFileSync(path.join(dir, 'pg.log'), 'utf8')).toContain('shared_buffers');
    } finally {
      fs.writeFileSync(conf, original);
    }
  }, 60_000);
});

describe('as root, a data directory inside a private folder', () => {
  // initdb runs as the unprivileged "postgres" user only when we are root (PostgreSQL refuses root)
  it.skipIf(process.getuid?.() !== 0)('is refused before initdb, naming the folder and the fix', async () => {
    const secret = path.join(root, 'private');
    fs.mkdirSync(secret, { mode: 0o700 });
    fs.chmodSync(secret, 0o700);
    await expect(startEmbeddedPostgres(path.join(secret, 'data'))).rejects.toMatchObject({
      code: 'EMBEDDED_PG_DIR_PRIVATE', details: { blocked: secret },
    });
  }, 60_000);
});
