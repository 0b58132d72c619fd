/**
 * Imports as a Dinas officer meets them (issue #17 item 4): one village's pekerja rentan list without a
 * Desa column takes the village picked at upload; the error sheet returns every rejected and duplicate
 * row exactly as uploaded (No, Tempat Lahir, Alamat, Keterangan, the date and the Desa as written); the
 * "income defaulted" note stays on accepted rows, and the count of rows with notes counts only those.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliContext, type RequestContext } from '../auth/actor';
import { seedDemo } from '../demo/demo.service';
import { useTestDb } from '../../test/support/db';
import { contextOf, stage, tempDir } from '../../test/support/imports';
import { PEOPLE } from '../../test/fixtures/imports/imports.fixtures';
import { listImportRows, writeErrorSheetInTx } from './import-review.service';

const db = useTestDb();
let dir: string;
let dinas: RequestContext;
beforeAll(async () => {
  await seedDemo(db(), cliContext(), { participants: false });
  dinas = await contextOf(db(), 'dinas');
  dir = tempDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const put = (name: string, text: string) => { const file = path.join(dir, name); fs.writeFileSync(file, text); return file; };

// one village's list, typed by its office: no Desa column, a running number, remarks, income left blank
const VILLAGE_LIST = [
  'No;NIK;Nama;Tempat Lahir;Tgl Lahir;JK;Alamat;Pekerjaan;Penghasilan;Keterangan',
  `1;${PEOPLE.petrus.nik};${PEOPLE.petrus.name};Boawae;17-07-1988;L;RT 01 Labolewa;Petani;;baru`,
  `2;${PEOPLE.yosefina.nik};${PEOPLE.yosefina.name};Mbay;21-09-1992;P;RT 02 Labolewa;Pedagang;;`,
  `3;${PEOPLE.petrus.nik};${PEOPLE.petrus.name};Boawae;17-07-1988;L;RT 01 Labolewa;Petani;;dobel`,
  `4;5316050304870099;Tanggal Salah;Ende;31-02-1987;L;RT 03;Nelayan;;salah`,
].join('\n');

describe('a pekerja rentan list from one village', () => {
  it('without a Desa column is refused unless the officer picks the village', async () => {
    const file = put('labolewa.csv', VILLAGE_LIST);
    await expect(stage(db(), dinas, file, { group: 'rentan', dryRun: true })).rejects.toMatchObject({ code: 'IMPORT_MISSING_COLUMNS' });
    await expect(stage(db(), dinas, file, { group: 'rentan', villageCode: '53.05.01.2001', dryRun: true })).rejects.toMatchObject({ code: 'VILLAGE_OUTSIDE_TENANT' });
    const { summary } = await stage(db(), dinas, file, { group: 'rentan', villageCode: '53.16.01.2002' });
    expect(summary).toMatchObject({ rows: 4, accepted: 2, rejected: 1, duplicates: { inFile: 1 }, warnings: 2 });
    const accepted = await listImportRows(db(), dinas, '53.16', summary.batchId!, { status: 'accepted', after: 0, limit: 10 }, 'id');
    expect(accepted.items.map((r) => r.villageCode)).toEqual(['53.16.01.2002', '53.16.01.2002']);
    // the note only where the row is accepted; none on the rejected or duplicate row
    const problems = await listImportRows(db(), dinas, '53.16', summary.batchId!, { status: 'problem', after: 0, limit: 10 }, 'id');
    expect(problems.items.every((r) => r.warnings.length === 0)).toBe(true);
    expect(accepted.items.every((r) => r.warnings.some((w) => w.message === 'Penghasilan: Penghasilan kosong; dipakai penghasilan minimum Rp 16.800 (BPU).' || w.code === 'INCOME_DEFAULTED'))).toBe(true);

    // the error sheet: the duplicate and the rejected row exactly as uploaded, with the reason
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await writeErrorSheetInTx(db(), '53.16', summary.batchId!, out);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const rowValues = (n: number) => Array.from(sheet.getRow(n).values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)));
    const uploaded = VILLAGE_LIST.split('\n').map((line) => line.split(';'));
    expect(rowValues(2).slice(0, 10)).toEqual(uploaded[3]); // the duplicate: No 3, Boawae, RT 01, 17-07-1988, "dobel"
    expect(rowValues(2)[10]).toMatch(/baris 2/);
    expect(rowValues(3).slice(0, 10)).toEqual(uploaded[4]); // the rejected row, its impossible date as typed
  });
});
