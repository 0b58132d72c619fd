/**
 * The import on a real PostgreSQL, one fixture per spreadsheet quirk: every row is accounted for
 * (accepted + rejected + duplicates = rows), hostile files stage nothing, the same file twice changes
 * nothing, and approval is all-or-nothing (a failed approval job registers nothing) and idempotent.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliContext, type RequestContext } from '../auth/actor';
import { seedDemo } from '../demo/demo.service';
import { createTenant } from '../tenants/tenants.service';
import { useTestDb } from '../../test/support/db';
import { contextOf, stage, TENANT, tempDir } from '../../test/support/imports';
import { PEOPLE, writeTextFixtures, writeWorkbook, writeZipBomb, type TextFixture } from '../../test/fixtures/imports/imports.fixtures';
import { approveBatch, discardBatch } from './imports.service';
import { listImportRows } from './import-review.service';
import { getJob } from '../job-status/job-status.service';

const db = useTestDb();
let dir: string;
let dinas: RequestContext;
let fixtures: Record<string, TextFixture>;
const accounted = (s: { rows: number; accepted: number; rejected: number; duplicates: { inFile: number; inRegistry: number } }) =>
  s.accepted + s.rejected + s.duplicates.inFile + s.duplicates.inRegistry;

beforeAll(async () => {
  await seedDemo(db(), cliContext(), { participants: false });
  dinas = await contextOf(db(), 'dinas');
  dir = tempDir();
  fixtures = writeTextFixtures(dir);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('spreadsheets as offices produce them (dry runs: each fixture alone)', () => {
  it.each(['semicolonBomCrlf', 'commaNoBom', 'windows1252', 'quotedNewlineBlankTrailing', 'dateAndMoneyFormats', 'excelMangledNik', 'rentanVillage'])('%s', async (key) => {
    const f = fixtures[key]!;
    const { summary } = await stage(db(), dinas, path.join(dir, f.file), { group: f.group, dryRun: true });
    expect(summary.rows).toBe(f.rows);
    expect(summary.accepted).toBe(f.accepted);
    expect(accounted(summary)).toBe(summary.rows);
  });

  it('keeps Windows-1252 accents and a quoted newline inside a name', async () => {
    const { summary } = await stage(db(), dinas, path.join(dir, fixtures.windows1252!.file));
    const rows = await listImportRows(db(), dinas, TENANT, summary.batchId!, { after: 0, limit: 10 }, 'id');
    expect(rows.items[0]!.name).toBe('José Ndóna');
    await discardBatch(db(), dinas, TENANT, summary.batchId!);
    const quoted = await stage(db(), dinas, path.join(dir, fixtures.quotedNewlineBlankTrailing!.file));
    const items = (await listImportRows(db(), dinas, TENANT, quoted.summary.batchId!, { after: 0, limit: 10 }, 'id')).items;
    // the title block and blank rows are not data; row numbers are Excel's (header on row 3)
    expect(items.map((r) => [r.rowNo, r.name])).toEqual([[4, 'Ndona, Yohanes'], [7, 'Maria "Goreti" Wea']]);
    await discardBatch(db(), dinas, TENANT, quoted.summary.batchId!);
  });

  it('reads every date and money format to the same values', async () => {
    const { summary } = await stage(db(), dinas, path.join(dir, fixtures.dateAndMoneyFormats!.file));
    const items = (await listImportRows(db(), dinas, TENANT, summary.batchId!, { after: 0, limit: 10, revealNik: true }, 'id')).items;
    expect(items.map((r) => r.birthDate)).toEqual(Object.values(PEOPLE).map((p) => p.iso));
    expect(new Set(items.map((r) => r.wage))).toEqual(new Set([2_455_898]));
    expect(items.at(-1)!.nik).toBe(PEOPLE.antonius.nik); // the leading apostrophe is gone
    await discardBatch(db(), dinas, TENANT, summary.batchId!);
  });

  it('explains a NIK mangled by Excel and how to keep the column as text', async () => {
    const { summary } = await stage(db(), dinas, path.join(dir, fixtures.excelMangledNik!.file));
    const [row] = (await listImportRows(db(), dinas, TENANT, summary.batchId!, { status: 'rejected', after: 0, limit: 10 }, 'id')).items;
    expect(row!.reasons[0]!.message).toMatch(/^NIK: NIK tersimpan sebagai angka oleh Excel \(5\.31601E\+15\).*Format Cells → Text/);
    await discardBatch(db(), dinas, TENANT, summary.batchId!);
  });

  it('resolves villages by name or code, defaults an empty income and rejects one below the BPU minimum', async () => {
    const { summary } = await stage(db(), dinas, path.join(dir, fixtures.rentanVillage!.file), { group: 'rentan' });
    const items = (await listImportRows(db(), dinas, TENANT, summary.batchId!, { after: 0, limit: 10 }, 'id')).items;
    expect(items.map((r) => r.villageCode)).toEqual(['53.16.01.2002', '53.16.01.2002', null]);
    expect(items[0]!.income).toBe(1_000_000);
    expect(items[0]!.warnings.map((w) => w.code)).toContain('INCOME_DEFAULTED');
    expect(items[1]!.warnings.map((w) => w.code)).toContain('DECILE_ABOVE_TARGET');
    expect(items[2]!.reasons.map((r) => r.code)).toEqual(['VILLAGE_UNKNOWN', 'INCOME_BELOW_FLOOR']);
    await discardBatch(db(), dinas, TENANT, summary.batchId!);
  });
});

describe('XLSX', () => {
  it('skips a cover sheet, reads Excel dates and rich text, and rejects a NIK Excel turned into a number', async () => {
    const file = path.join(dir, 'workbook.xlsx');
    await writeWorkbook(file, { nikAsNumber: true });
    const { summary } = await stage(db(), dinas, file, { dryRun: true });
    expect(summary).toMatchObject({ rows: 6, accepted: 5, rejected: 1 });
  });

  it('reads a named sheet and refuses an unknown one', async () => {
    const file = path.join(dir, 'named.xlsx');
    await writeWorkbook(file);
    expect((await stage(db(), dinas, file, { sheet: 'data', dryRun: true })).summary.accepted).toBe(5);
    await expect(stage(db(), dinas, file, { sheet: 'Lain', dryRun: true })).rejects.toMatchObject({ code: 'IMPORT_SHEET_NOT_FOUND' });
  });
});

describe('refused files stage nothing', () => {
  const batches = () => db().selectFrom('import_batch').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();

  it.each([
    ['zip bomb', 'bomb.xlsx', (f: string) => writeZipBomb(f), 'IMPORT_ZIP_BOMB'],
    ['a PNG renamed .csv', 'image.csv', (f: string) => fs.writeFileSync(f, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')), 'IMPORT_FILE_TYPE'],
    ['legacy .xls', 'old.xls', (f: string) => fs.writeFileSync(f, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)])), 'IMPORT_XLS_LEGACY'],
    ['no header row', 'noheader.csv', (f: string) => fs.writeFileSync(f, 'a;b;c\n1;2;3\n'), 'IMPORT_NO_HEADER'],
    ['missing the wage column', 'nowage.csv', (f: string) => fs.writeFileSync(f, `NIK;Nama;Unit Kerja\n${PEOPLE.maria.nik};Maria;Dinas Kesehatan\n`), 'IMPORT_MISSING_COLUMNS'],
    ['empty', 'empty.csv', (f: string) => fs.writeFileSync(f, ''), 'IMPORT_EMPTY'],
  ])('%s', async (_label, name, write, code) => {
    const before = Number((await batches()).n);
    const file = path.join(dir, name);
    write(file);
    await expect(stage(db(), dinas, file)).rejects.toMatchObject({ code });
    expect(Number((await batches()).n)).toBe(before);
  });
});

describe('duplicates, idempotency and approval', () => {
  it('finds in-file, registry, other-group and other-regency duplicates; re-importing changes nothing', async () => {
    const file = path.join(dir, fixtures.semicolonBomCrlf!.file);
    const first = await stage(db(), dinas, file);
    expect(first.summary).toMatchObject({ rows: 5, accepted: 5 });
    expect((await stage(db(), dinas, file)).summary.batchId).toBe(first.summary.batchId);
    const operator: RequestContext = { actor: { ...cliContext().actor, role: 'dinas', tenantCode: TENANT }, ip: null };
    const approved = await approveBatch(db(), operator, TENANT, first.summary.batchId!);
    expect(approved.registered).toMatchObject({ persons: 5, memberships: 5 });
    const again = await approveBatch(db(), operator, TENANT, first.summary.batchId!);
    expect(again.alreadyApproved).toBe(true);
    expect(Number((await db().selectFrom('person').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)).toBe(5);

    // the same people in a different file: already registered (non-ASN) or in the other group (rentan)
    const repeat = path.join(dir, 'repeat.csv');
    fs.writeFileSync(repeat, `NIK;Nama;Tgl Lahir;JK;Unit Kerja;Gaji\n${PEOPLE.maria.nik};Maria;${PEOPLE.maria.birth};P;Dinas Kesehatan;2455898\n${PEOPLE.maria.nik};Maria;${PEOPLE.maria.birth};P;Dinas Kesehatan;2455898\n`);
    expect((await stage(db(), dinas, repeat, { dryRun: true })).summary).toMatchObject({ rows: 2, accepted: 0, duplicates: { inFile: 1, inRegistry: 1 } });
    const rentan = path.join(dir, fixtures.rentanVillage!.file);
    expect((await stage(db(), dinas, rentan, { group: 'rentan', dryRun: true })).summary).toMatchObject({ accepted: 0, duplicates: { inRegistry: 2 } });

    // another regency enrols Yohanes: reported without that regency's data
    await createTenant(db(), cliContext(), '53.08');
    const endeOpd = await db().insertInto('opd').values({ tenant_code: '53.08', name: 'Dinas Kesehatan', kind: 'dinas' }).returning('id').executeTakeFirstOrThrow();
    const endeDinas: RequestContext = { actor: { ...cliContext().actor, role: 'dinas', tenantCode: '53.08' }, ip: null };
    const ende = await stage(db(), endeDinas, file, { tenantCode: '53.08', opdId: endeOpd.id });
    const rows = (await listImportRows(db(), endeDinas, '53.08', ende.summary.batchId!, { status: 'duplicate', after: 0, limit: 10 }, 'id')).items;
    expect(rows[0]!.reasons[0]).toMatchObject({ code: 'DUP_OTHER_TENANT', message: 'NIK: NIK terdaftar di kabupaten/kota lain.' });
  });

  it('confines an OPD operator to its OPD and group, and requires another officer to approve', async () => {
    const opd = await contextOf(db(), 'opd');
    await expect(stage(db(), opd, path.join(dir, fixtures.rentanVillage!.file), { group: 'rentan' })).rejects.toMatchObject({ code: 'IMPORT_GROUP_OUTSIDE_SCOPE' });
    const file = path.join(dir, 'opd.csv');
    fs.writeFileSync(file, `NIK;Nama;Tgl Lahir;JK;Unit Kerja;Gaji\n5316070101900011;Paulus Sola;01/01/1990;L;;2455898\n5316070101900021;Paulus Dua;01/01/1990;L;Dinas Kesehatan;2455898\n`);
    const { summary } = await stage(db(), opd, file);
    expect(summary).toMatchObject({ rows: 2, accepted: 1, rejected: 1 }); // the second names another OPD
    await expect(approveBatch(db(), opd, TENANT, summary.batchId!)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const staged = await stage(db(), dinas, path.join(dir, fixtures.commaNoBom!.file), { dryRun: false });
    await expect(approveBatch(db(), dinas, TENANT, staged.summary.batchId!)).rejects.toMatchObject({ code: 'IMPORT_SELF_APPROVAL' });
    expect((await approveBatch(db(), dinas, TENANT, summary.batchId!)).registered).toMatchObject({ persons: 1 });
  });

  it('approves all or nothing: a failure leaves the registry untouched', async () => {
    const file = path.join(dir, 'atomic.csv');
    fs.writeFileSync(file, `NIK;Nama;Tgl Lahir;JK;Unit Kerja;Gaji\n5316074202910011;Agnes Ea;02/02/1991;P;;2455898\n5316074202910021;Sisilia Ea;02/02/1991;P;;2455898\n`);
    const { summary } = await stage(db(), await contextOf(db(), 'opd'), file);
    expect(summary.accepted).toBe(2);
    const count = async () => Number((await db().selectFrom('person').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    // sabotage the second row after staging, so the registry insert fails half-way
    await db().updateTable('import_row').set({ sex: 'X' as 'L' }).where('batch_id', '=', summary.batchId!).where('row_no', '=', 3).execute();
    await expect(approveBatch(db(), dinas, TENANT, summary.batchId!)).rejects.toThrow();
    expect(await count()).toBe(before);
    const batch = await db().selectFrom('import_batch').select('status').where('id', '=', summary.batchId!).executeTakeFirstOrThrow();
    expect(batch.status).toBe('staged');
    // the approval ran as a job: its row says it failed and why, in words the officer can read
    const job = await db().selectFrom('job').select('id').where('kind', '=', 'approve').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(await getJob(db(), dinas, TENANT, job.id, 'id')).toMatchObject({
      status: 'failed', result: null, error: { code: 'INTERNAL', message: 'Terjadi kesalahan pada server. Silakan coba lagi.' },
    });
  });
});
