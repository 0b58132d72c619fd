/**
 * The retention purge on a real PostgreSQL: staged rows of batches decided more than N days ago go (one
 * audit entry per regency per run), rows of recent and undecided batches stay, the batch keeps its counts,
 * a second run changes nothing, and reading purged rows answers IMPORT_ROWS_PURGED instead of nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliContext, type RequestContext } from '../auth/actor';
import { seedDemo } from '../demo/demo.service';
import { createTenant } from '../tenants/tenants.service';
import { useTestDb } from '../../test/support/db';
import { checkerOf, contextOf, decidedDaysAgo, stage, TENANT, tempDir } from '../../test/support/imports';
import { writeTextFixtures, type TextFixture } from '../../test/fixtures/imports/imports.fixtures';
import { getImportBatch, listImportRows, openErrorSheet } from './import-review.service';
import { purgeImportRows } from './import-retention.service';
import { approveBatch, discardBatch } from './imports.service';

const db = useTestDb();
const ENDE = '53.08';
let dir: string;
let dinas: RequestContext;
let fixtures: Record<string, TextFixture>;
/** Batch ids: approved long ago, approved recently, never decided, discarded long ago, another regency's. */
const ids = { old: 0, recent: 0, staged: 0, discarded: 0, ende: 0 };
/** What the first purge removed from the old batch (the audit entry must say the same). */
const removed = { rows: 0, matches: 0 };

const count = async (table: 'import_row' | 'import_match' | 'person', column: 'batch_id' | 'source_batch_id', id: number) =>
  (await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE ${sql.ref(column)} = ${id}`.execute(db())).rows[0]!.n;
const rowsOf = (id: number) => count('import_row', 'batch_id', id);
const matchesOf = (id: number) => count('import_match', 'batch_id', id);
const batchRow = (id: number) => db().selectFrom('import_batch').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const purgeAudits = () => db().selectFrom('audit_log').selectAll().where('action', '=', 'import.purge').orderBy('id').execute();

beforeAll(async () => {
  await seedDemo(db(), cliContext(), { participants: false });
  dinas = await contextOf(db(), 'dinas');
  dir = tempDir();
  fixtures = writeTextFixtures(dir);
  const sample = path.join(import.meta.dirname, '../../test/fixtures/imports/non-asn-sample.csv');
  // staged by a demo account (or, in Ende, the console), approved by the console operator as that regency's dinas
  const approved = async (file: string, tenantCode = TENANT, opdId?: number) => {
    const { summary } = await stage(db(), tenantCode === TENANT ? dinas : checkerOf(tenantCode), file, { tenantCode, opdId });
    await approveBatch(db(), checkerOf(tenantCode), tenantCode, summary.batchId!);
    return summary.batchId!;
  };
  // the sample has rejected rows (an error sheet) and a fuzzy pair (import_match rows)
  ids.old = await approved(sample);
  await decidedDaysAgo(db(), ids.old, 91);
  ids.recent = await approved(path.join(dir, fixtures.commaNoBom!.file));
  await decidedDaysAgo(db(), ids.recent, 89);
  ids.staged = (await stage(db(), dinas, path.join(dir, fixtures.dateAndMoneyFormats!.file))).summary.batchId!;
  await db().updateTable('import_batch').set({ created_at: new Date(Date.now() - 400 * 86_400_000) }).where('id', '=', ids.staged).execute();
  ids.discarded = (await stage(db(), dinas, path.join(dir, fixtures.windows1252!.file))).summary.batchId!;
  await discardBatch(db(), dinas, TENANT, ids.discarded);
  await decidedDaysAgo(db(), ids.discarded, 91);
  await createTenant(db(), cliContext(), ENDE);
  const endeOpd = await db().insertInto('opd').values({ tenant_code: ENDE, name: 'Dinas Kesehatan', kind: 'dinas' }).returning('id').executeTakeFirstOrThrow();
  ids.ende = await approved(path.join(dir, fixtures.semicolonBomCrlf!.file), ENDE, endeOpd.id);
  await decidedDaysAgo(db(), ids.ende, 91);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('purging staged rows of decided batches', () => {
  it('removes only the rows of batches decided more than N days ago, in the regency asked for', async () => {
    const before = { old: await batchRow(ids.old), oldRows: await rowsOf(ids.old), oldMatches: await matchesOf(ids.old), recent: await rowsOf(ids.recent), staged: await rowsOf(ids.staged) };
    // preconditions, so the assertions below prove something was removed (or kept)
    expect(before.oldRows).toBe(before.old.rows);
    expect(before.oldMatches).toBeGreaterThan(0);
    expect(before.recent).toBeGreaterThan(0);
    expect(before.staged).toBeGreaterThan(0);
    const persons = await count('person', 'source_batch_id', ids.old);

    const outcome = await purgeImportRows(db(), cliContext(), { olderThanDays: 90, tenantCode: TENANT });
    expect(outcome).toEqual({ batches: 2, rows: before.oldRows, matches: before.oldMatches }); // old + discarded (no rows left)
    Object.assign(removed, { rows: before.oldRows, matches: before.oldMatches });
    expect([await rowsOf(ids.old), await matchesOf(ids.old)]).toEqual([0, 0]);
    expect(await rowsOf(ids.recent)).toBe(before.recent);
    expect(await rowsOf(ids.staged)).toBe(before.staged);
    expect(await rowsOf(ids.ende)).toBeGreaterThan(0); // another regency: not asked for

    // the batch, its counts and decision stay; only the date of the purge is added
    const after = await batchRow(ids.old);
    expect({ ...after, rows_purged_at: null }).toEqual(before.old);
    expect(after.rows_purged_at).toBeInstanceOf(Date);
    expect((await batchRow(ids.discarded)).rows_purged_at).toBeInstanceOf(Date);
    expect((await batchRow(ids.recent)).rows_purged_at).toBeNull();
    expect((await batchRow(ids.staged)).rows_purged_at).toBeNull();
    // the registry keeps what was approved
    expect(await count('person', 'source_batch_id', ids.old)).toBe(persons);
  });

  it('writes one audit entry per regency per run, with the batch ids and row counts', async () => {
    const oldAudit = (await purgeAudits())[0]!;
    expect(oldAudit).toMatchObject({ tenant_code: TENANT, actor_username: 'cli', entity: 'import_batch' });
    expect(oldAudit.details).toEqual({
      olderThanDays: 90, rows: removed.rows, matches: removed.matches,
      batches: [{ id: ids.old, ...removed }, { id: ids.discarded, rows: 0, matches: 0 }],
    });

    // one run over every regency: the recent batch has now aged too, Ende's batch was waiting
    await decidedDaysAgo(db(), ids.recent, 91);
    const rows = (await rowsOf(ids.recent)) + (await rowsOf(ids.ende));
    const matches = (await matchesOf(ids.recent)) + (await matchesOf(ids.ende));
    expect(await purgeImportRows(db(), cliContext(), { olderThanDays: 90 })).toEqual({ batches: 2, rows, matches });
    const entries = (await purgeAudits()).slice(1);
    expect(entries.map((e) => [e.tenant_code, (e.details as { batches: { id: number }[] }).batches.map((b) => b.id)]).sort())
      .toEqual([[ENDE, [ids.ende]], [TENANT, [ids.recent]]]);
  });

  it('changes nothing the second time', async () => {
    const purgedAt = (await batchRow(ids.old)).rows_purged_at;
    const audits = (await purgeAudits()).length;
    expect(await purgeImportRows(db(), cliContext(), { olderThanDays: 90 })).toEqual({ batches: 0, rows: 0, matches: 0 });
    expect((await purgeAudits()).length).toBe(audits);
    expect((await batchRow(ids.old)).rows_purged_at).toEqual(purgedAt);
    // even a retention of 0 days never touches a batch awaiting its decision
    await purgeImportRows(db(), cliContext(), { olderThanDays: 0 });
    expect(await rowsOf(ids.staged)).toBeGreaterThan(0);
  });

  it.each([
    ['a negative retention', { olderThanDays: -1 }, cliContext(), 'VALIDATION'],
    ['a fractional retention', { olderThanDays: 1.5 }, cliContext(), 'VALIDATION'],
    ['an unknown regency', { olderThanDays: 90, tenantCode: '99.99' }, cliContext(), 'NOT_FOUND'],
    ['a dinas officer (housekeeping is the installation admin\'s)', { olderThanDays: 90 }, checkerOf(), 'FORBIDDEN'],
  ])('refuses %s', async (_label, req, ctx, code) => {
    await expect(purgeImportRows(db(), ctx, req)).rejects.toMatchObject({ code });
  });
});

describe('reading a purged batch', () => {
  it('still shows the batch with its purge date, without an error sheet', async () => {
    const view = await getImportBatch(db(), dinas, TENANT, ids.old, 'id');
    expect(view.rowsPurgedAt).toBe((await batchRow(ids.old)).rows_purged_at!.toISOString());
    expect(view.rejected).toBeGreaterThan(0); // it had refused rows: only the purge hides the sheet
    expect(view.errorsFile).toBeNull();
    expect((await getImportBatch(db(), dinas, TENANT, ids.staged, 'id')).rowsPurgedAt).toBeNull();
  });

  it('refuses the rows and the error sheet as gone, not as an empty batch', async () => {
    const gone = { code: 'IMPORT_ROWS_PURGED', kind: 'gone', details: { batchId: ids.old, purgedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) } };
    await expect(listImportRows(db(), dinas, TENANT, ids.old, { after: 0, limit: 10 }, 'id')).rejects.toMatchObject(gone);
    await expect(openErrorSheet(db(), dinas, TENANT, ids.old)).rejects.toMatchObject(gone);
  });
});
