/**
 * The embedded server of a single-PC installation: first start, restart, attaching to a running server,
 * and recovery from the stale postmaster.pid a crash leaves behind.
 */
import fs from 'node:fs';
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
});
