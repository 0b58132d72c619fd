/**
 * `lindung reports export` as a user runs it (issue #14 §8): exactly the contract's JSON keys, the file
 * written (and readable: the XLSX's cells, the PDF's text), nothing left behind on a refusal, and bad
 * input answered with a translated message — exit 1 for a wrong value, exit 2 for a missing option.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliContext } from '../auth/actor';
import { seedDemo } from '../demo/demo.service';
import { runLindung } from '../../test/support/cli';
import { createTestDb, type TestDb } from '../../test/support/db';
import { pdfText } from '../../test/support/pdf-text';

let t: TestDb;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lindung-export-cli-'));
beforeAll(async () => { t = await createTestDb(); await seedDemo(t.db, cliContext(), { participants: true }); }, 180_000);
afterAll(async () => { await t.drop(); fs.rmSync(dir, { recursive: true, force: true }); });

async function lindung(...args: string[]) {
  const { code, stdout } = await runLindung(t.url, [...args, '--json'], { LINDUNG_LANG: 'id' });
  return { code, json: stdout ? JSON.parse(stdout) : null };
}

describe('lindung reports export', { timeout: 180_000 }, () => {
  it('writes the monthly report of Nagekeo for December 2025 as a PDF and answers the contract', async () => {
    const out = path.join(dir, 'bulanan.pdf');
    const r = await lindung('reports', 'export', '--report', 'monthly', '--region', '53.16', '--month', '2025-12', '--format', 'pdf', '--out', out);
    expect(r.code).toBe(0);
    expect(Object.keys(r.json)).toEqual(['report', 'region', 'level', 'format', 'out', 'bytes', 'rows']);
    expect(r.json).toMatchObject({ report: 'monthly', region: '53.16', level: 'regency', format: 'pdf', out, bytes: fs.statSync(out).size });
    const text = pdfText(fs.readFileSync(out)).replace(/\s+/g, ' ');
    expect(text).toContain('ditagih Rp 1.505.897.856 dan dibayar Rp 1.500.000.000');
    expect(text).toContain('Tagihan Desember 2025 kurang dibayar Rp 5.897.856');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]); // the temporary file was renamed away
  });

  it('writes the nation\'s coverage as XLSX: one row per province, typed counts', async () => {
    const out = path.join(dir, 'cakupan.xlsx');
    const r = await lindung('reports', 'export', '--report', 'coverage', '--region', 'ID', '--year', '2025', '--format', 'xlsx', '--out', out);
    expect(r).toMatchObject({ code: 0, json: { report: 'coverage', region: null, level: 'nation', rows: 38 } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fs.readFileSync(out) as unknown as ArrayBuffer);
    const ntt = book.getWorksheet('Cakupan')!.getRows(2, 38)!.find((row) => row.getCell(1).value === '53')!;
    expect((ntt.values as unknown[]).slice(1, 6)).toEqual(['53', 'Nusa Tenggara Timur', 9345, 6311, 3034]);
  });

  it.each([
    ['an unknown report', ['--report', 'neraca', '--region', '53.16', '--format', 'pdf'], 1, 'REPORT_KIND', 'neraca'],
    ['an unknown format', ['--report', 'budget', '--region', '53.16', '--format', 'docx'], 1, 'REPORT_FORMAT', 'docx'],
    ['a bad month', ['--report', 'monthly', '--region', '53.16', '--month', '2025-13', '--format', 'pdf'], 1, 'REPORT_MONTH', 'TTTT-BB'],
    ['an unknown region', ['--report', 'coverage', '--region', '99', '--format', 'pdf'], 1, 'NOT_FOUND', ''],
    ['a monthly report of a province', ['--report', 'monthly', '--region', '53', '--month', '2025-12', '--format', 'pdf'], 1, 'REPORT_MONTHLY_REGENCY', 'kabupaten/kota'],
    ['a budget of a regency without a PKS', ['--report', 'budget', '--region', '53.10', '--year', '2025', '--format', 'pdf'], 1, 'REPORT_NO_PKS', '2025'],
  ])('refuses %s with a translated message and writes nothing', async (_name, args, code, errorCode, words) => {
    const out = path.join(dir, `refused-${errorCode}.pdf`);
    const r = await lindung('reports', 'export', ...args, '--out', out);
    expect(r.code).toBe(code);
    expect(r.json.error.code).toBe(errorCode);
    expect(r.json.error.message).toContain(words);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('exits 2 without --out, and 1 when the folder does not exist', async () => {
    expect((await lindung('reports', 'export', '--report', 'coverage', '--format', 'pdf')).code).toBe(2);
    const r = await lindung('reports', 'export', '--report', 'coverage', '--format', 'pdf', '--out', path.join(dir, 'missing', 'x.pdf'));
    expect(r).toMatchObject({ code: 1, json: { error: { code: 'REPORT_OUT' } } });
  });
});
