/**
 * `lindung imports purge` as an operator runs it: a real process against a real database, printing exactly
 * `{"batches","rows","matches"}` with --json, the configured retention (90 days) by default, and exit 1
 * for a malformed number of days or an unknown regency.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliContext } from '../auth/actor';
import { seedDemo } from '../demo/demo.service';
import { approveBatch } from '../imports/imports.service';
import { runLindung } from '../../test/support/cli';
import { createTestDb, type TestDb } from '../../test/support/db';
import { checkerOf, contextOf, decidedDaysAgo, stage, tempDir } from '../../test/support/imports';
import { writeTextFixtures } from '../../test/fixtures/imports/imports.fixtures';

let t: TestDb;
let dir: string;
/** Per batch, its staged rows and fuzzy candidates before any purge: what each run must report. */
const batches = { old: { id: 0, rows: 0, matches: 0 }, lastMonth: { id: 0, rows: 0, matches: 0 } };

const lindung = (...args: string[]) => runLindung(t.url, ['imports', 'purge', ...args]);
const countOf = async (table: 'import_row' | 'import_match', id: number) =>
  (await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE batch_id = ${id}`.execute(t.db)).rows[0]!.n;

beforeAll(async () => {
  delete process.env.LINDUNG_IMPORT_RETENTION_DAYS; // the default is under test, not this shell's setting
  t = await createTestDb();
  await seedDemo(t.db, cliContext(), { participants: false });
  const dinas = await contextOf(t.db, 'dinas');
  dir = tempDir();
  const files = { old: path.join(import.meta.dirname, '../../test/fixtures/imports/non-asn-sample.csv'), lastMonth: path.join(dir, writeTextFixtures(dir).commaNoBom!.file) };
  for (const [key, daysAgo] of [['old', 91], ['lastMonth', 31]] as const) {
    const id = (await stage(t.db, dinas, files[key])).summary.batchId!;
    await approveBatch(t.db, checkerOf(), '53.16', id);
    await decidedDaysAgo(t.db, id, daysAgo);
    batches[key] = { id, rows: await countOf('import_row', id), matches: await countOf('import_match', id) };
  }
  expect(batches.old.rows).toBeGreaterThan(0);
  expect(batches.old.matches).toBeGreaterThan(0);
  expect(batches.lastMonth.rows).toBeGreaterThan(0);
});
afterAll(async () => {
  await t.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('lindung imports purge', () => {
  it('purges past the configured 90 days by default, then past --older-than-days for one regency, then nothing', async () => {
    const byDefault = await lindung('--json');
    expect(byDefault.code).toBe(0);
    expect(byDefault.stdout.trim().split('\n')).toHaveLength(1); // exactly one JSON document
    expect(JSON.parse(byDefault.stdout)).toEqual({ batches: 1, rows: batches.old.rows, matches: batches.old.matches });
    expect(await countOf('import_row', batches.lastMonth.id)).toBe(batches.lastMonth.rows);

    const lastMonth = await lindung('--older-than-days', '30', '--tenant', '53.16', '--json');
    expect(JSON.parse(lastMonth.stdout)).toEqual({ batches: 1, rows: batches.lastMonth.rows, matches: batches.lastMonth.matches });
    expect(JSON.parse((await lindung('--older-than-days', '0', '--json')).stdout)).toEqual({ batches: 0, rows: 0, matches: 0 });
  });

  it.each([
    [['--older-than-days', '90d'], 'VALIDATION'],
    [['--older-than-days', '-1'], 'VALIDATION'],
    [['--tenant', '99.99'], 'NOT_FOUND'],
  ])('refuses %j with exit 1 and a JSON error', async (args, code) => {
    const res = await lindung(...args, '--json');
    expect(res.code).toBe(1);
    expect(JSON.parse(res.stdout).error.code).toBe(code);
  });
});
