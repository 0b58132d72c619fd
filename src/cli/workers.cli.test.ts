/**
 * `lindung workers approve` as an operator runs it: a real process against a real database. The approval
 * runs as a job now, yet --json still prints exactly one document of the same shape, a second run answers
 * alreadyApproved, and an unknown batch exits 1.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliContext } from '../auth/actor';
import { seedDemo } from '../demo/demo.service';
import { runLindung } from '../../test/support/cli';
import { createTestDb, type TestDb } from '../../test/support/db';
import { contextOf, stage, tempDir } from '../../test/support/imports';
import { writeTextFixtures } from '../../test/fixtures/imports/imports.fixtures';

let t: TestDb;
let dir: string;
let batchId: number;
let accepted: number;

const lindung = (...args: string[]) => runLindung(t.url, ['workers', 'approve', ...args]);
const persons = async () => Number((await t.db.selectFrom('person').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, cliContext(), { participants: false });
  dir = tempDir();
  const { summary } = await stage(t.db, await contextOf(t.db, 'dinas'), path.join(dir, writeTextFixtures(dir).commaNoBom!.file));
  batchId = summary.batchId!;
  accepted = summary.accepted;
  expect(accepted).toBeGreaterThan(0);
});
afterAll(async () => {
  await t.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('lindung workers approve', () => {
  it('approves with one JSON document, then answers alreadyApproved without registering again', async () => {
    const first = await lindung(String(batchId), '--json');
    expect(first.code).toBe(0);
    expect(first.stdout.trim().split('\n')).toHaveLength(1); // exactly one JSON document
    expect(JSON.parse(first.stdout)).toMatchObject({
      batchId, accepted, status: 'approved', alreadyApproved: false, registered: { persons: accepted, memberships: accepted, lateDuplicates: 0 },
    });
    expect(await persons()).toBe(accepted);

    const again = await lindung(String(batchId));
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`batch ${batchId} sudah disetujui sebelumnya: ${accepted} orang baru`);
    expect(await persons()).toBe(accepted);
  });

  it('exits 1 with a JSON error for a batch that does not exist', async () => {
    const res = await lindung('999999', '--json');
    expect(res.code).toBe(1);
    expect(JSON.parse(res.stdout).error.code).toBe('NOT_FOUND');
  });
});
