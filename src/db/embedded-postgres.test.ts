/**
 * The embedded server of a single-PC installation: first start, restart, attaching to a running server,
 * recovery from the stale postmaster.pid a crash leaves behind, and a port taken by another program.
 */
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded-postgres';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lindung-embedded-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function selectOne(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try { return (await c.query('SELECT 1 AS one')).rows[0].one; } finally { await c.end(); }
}

describe('embedded PostgreSQL', () => {
  it('initialises once, keeps its password private, and survives a stale lock file', async () => {
    const first = await startEmbeddedPostgres(dir);
    expect(await selectOne(first.url)).toBe(1);
    expect(fs.statSync(path.join(dir, 'pg.json')).mode & 0o777).toBe(0o600);

    // a second process attaches instead of failing on the lock
    const attached = await startEmbeddedPostgres(dir);
    expect(attached.url).toBe(first.url);
    await attached.stop();
    expect(await selectOne(first.url)).toBe(1);
    await first.stop();

    // what a power cut leaves: a postmaster.pid naming a process that no longer exists
    fs.writeFileSync(path.join(dir, 'pg', 'postmaster.pid'), '999999\n/tmp\n');
    const after = await startEmbeddedPostgres(dir);
    expect(await selectOne(after.url)).toBe(1);
    await after.stop();
  }, 60_000);

  it('moves to a free port when another program took its own', async () => {
    const { port } = JSON.parse(fs.readFileSync(path.join(dir, 'pg.json'), 'utf8')) as { port: number };
    const squatter = net.createServer().listen(port, '127.0.0.1');
    await once(squatter, 'listening');
    try {
      const moved = await startEmbeddedPostgres(dir);
      expect(await selectOne(moved.url)).toBe(1);
      const now = JSON.parse(fs.readFileSync(path.join(dir, 'pg.json'), 'utf8')) as { port: number };
      expect(now.port).not.toBe(port);
      expect(moved.url).toContain(`:${now.port}/`);
      await moved.stop();
    } finally {
      squatter.close();
    }
  }, 60_000);
});
