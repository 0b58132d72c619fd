/**
 * The report exports read back, on the seeded demo (Nagekeo's 2025 PKS: 9,345 participants, 24 bills of
 * Rp 125,491,488 a month = Rp 1,505,897,856 against a budget of Rp 1,500,000,000, 12 SP2D paying
 * Rp 1,500,000,000 — December short by Rp 5,897,856; claims paid JKK death Rp 126,967,648 and JKM
 * Rp 42,000,000 = Rp 168,967,648, utilisation 168,967,648 ÷ 1,500,000,000 = 11.26 %): the monthly report
 * to the Bupati as PDF text and XLSX cells, the coverage/budget/claims exports, the scope of every export
 * for every demo role, the audit entry, and bad input answered 400, never 5xx.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../clock/clock';
import { pdfText } from '../../test/support/pdf-text';
import { createTestApp, DEMO_USERS } from '../../test/support/server';
import { client, loginAs } from '../../test/support/http';
import { refreshReports } from './report-refresh.service';

const CLOCK = fixedClock('2026-03-15T04:00:00Z');
let env: Awaited<ReturnType<typeof createTestApp>>;
const as: Record<string, ReturnType<typeof client>> = {};

beforeAll(async () => {
  env = await createTestApp({ participants: true, clock: CLOCK });
  await refreshReports(env.t.db, CLOCK);
  for (const u of DEMO_USERS) as[u.role] ??= client(env.app, await loginAs(env.app, u.username, u.password));
}, 180_000);
afterAll(() => env?.close());

const url = (q: string) => `/api/v1/reports/export?${q}`;
async function workbook(body: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  return book;
}
const rowValues = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);

describe('the monthly report to the Bupati', () => {
  it('tells December 2025 as a PDF: protected workers, billed against paid, the shortfall, claims, UCJ with its source, signature', async () => {
    const res = await as.dinas!.get(url('report=monthly&region=53.16&month=2025-12&format=pdf'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('filename="laporan-bulanan-kabupaten-nagekeo-2025-12.pdf"');
    const text = pdfText(res.rawPayload).replace(/\s+/g, ' '); // sentences wrap across lines
    for (const expected of [
      'PEMERINTAH KABUPATEN NAGEKEO', 'LAPORAN BULANAN PROGRAM JAMINAN SOSIAL KETENAGAKERJAAN', 'Bulan Desember 2025 (keadaan per 15 Maret 2026)',
      'Kepada Yth. Bupati Nagekeo', 'CONTOH DATA', '9.345 pekerja terlindungi (non-ASN 6.311, pekerja rentan 3.034) dari kuota PKS 9.345',
      'ditagih Rp 1.505.897.856 dan dibayar Rp 1.500.000.000 dari anggaran Rp 1.500.000.000', 'melebihi anggaran sebesar Rp 5.897.856',
      'Tagihan Desember 2025 kurang dibayar Rp 5.897.856', 'Anggaran habis pada Desember 2025',
      'Rp 125.491.488', 'Rp 119.593.632', 'kurang bayar', 'Rp 126.967.648', 'Rp 42.000.000', 'Rp 168.967.648', 'utilisasi (manfaat ÷ iuran) 11,26%',
      'Universal Coverage Jamsostek (UCJ)', '10,00%', '40,00%', 'CONTOH — bukan data resmi', 'Dicetak oleh Lindung pada 15 Maret 2026 12.00 WITA',
      'Nagekeo, 15 Maret 2026', 'NIP.', 'Halaman 1 dari',
    ]) expect(text).toContain(expected);
  });

  it('keeps the same figures as typed XLSX cells, with the sources and the example mark in "Keterangan"', async () => {
    const res = await as.dinas!.get(url('report=monthly&region=53.16&month=2025-12&format=xlsx'));
    expect(res.statusCode).toBe(200);
    const book = await workbook(res.rawPayload);
    const peserta = book.getWorksheet('Peserta')!;
    expect(rowValues(peserta, 1)).toEqual(['Kelompok', 'Peserta aktif', 'Kuota PKS', 'Capaian']);
    expect(rowValues(peserta, 4)).toEqual(['Jumlah', 9345, 9345, 1]);
    const anggaran = book.getWorksheet('Anggaran')!;
    expect(rowValues(anggaran, 3)).toEqual(['Ditagih s.d. Desember 2025', 1_505_897_856]);
    expect(anggaran.getRow(3).getCell(2).numFmt).toBe('"Rp" #,##0');
    expect(rowValues(anggaran, 5)).toEqual(['Belum dibayar s.d. Desember 2025', 5_897_856]);
    const months = book.getWorksheet('Realisasi per bulan')!;
    expect(rowValues(months, 13)).toEqual(['Desember 2025', 125_491_488, 119_593_632, 5_897_856, 'kurang bayar']);
    expect(rowValues(months, 14)).toEqual(['Jumlah', 1_505_897_856, 1_500_000_000, 5_897_856, '']);
    const klaim = book.getWorksheet('Klaim')!;
    expect(rowValues(klaim, klaim.rowCount)).toEqual(['Jumlah', '', 4, 168_967_648]);
    const notes = book.getWorksheet('Keterangan')!.getSheetValues().map((r) => (r as unknown[] | undefined)?.slice(1).join(' ') ?? '').join('\n');
    expect(notes).toContain('CONTOH DATA');
    expect(notes).toContain('Sumber Penduduk bekerja tahun 2024: CONTOH — bukan data resmi');
  });

  it('is written to the audit log', async () => {
    const rows = await env.t.db.selectFrom('audit_log').select(['entity_id', 'tenant_code', 'actor_username', 'details'])
      .where('action', '=', 'report.export').where('entity_id', '=', 'monthly:53.16:2025-12').orderBy('id').execute();
    expect(rows.map((r) => [r.actor_username, r.tenant_code, (r.details as { format: string }).format])).toEqual([['dinas.nagekeo', '53.16', 'pdf'], ['dinas.nagekeo', '53.16', 'xlsx']]);
  });
});

describe('coverage, budget and claims exports', () => {
  it('coverage of NTT as XLSX: all 22 regencies and cities, Nagekeo with its UCJ as a percentage cell', async () => {
    const res = await as.viewer!.get(url('report=coverage&region=53&year=2025&format=xlsx'));
    expect(res.statusCode).toBe(200);
    const sheet = (await workbook(res.rawPayload)).getWorksheet('Cakupan')!;
    expect(sheet.rowCount).toBe(1 + 22 + 1);
    const nagekeo = sheet.getRows(2, 22)!.find((r) => r.getCell(1).value === '53.16')!;
    expect((nagekeo.values as unknown[]).slice(1)).toEqual(['53.16', 'Kabupaten Nagekeo', 9345, 6311, 3034, 93_450, 0.1]);
    expect(nagekeo.getCell(7).numFmt).toBe('0.00%');
    expect(rowValues(sheet, 24)).toEqual(['', 'Jumlah', 9345, 6311, 3034, 2_750_000, 0.0034]);
  });

  it('budget of Nagekeo as PDF: the six figures and twelve months', async () => {
    const text = pdfText((await as.auditor!.get(url('report=budget&region=53.16&year=2025&format=pdf'))).rawPayload);
    for (const expected of ['LAPORAN ANGGARAN DAN REALISASI IURAN', 'Rp 1.505.897.856', 'Rp 5.897.856', 'Desember 2025', 'Januari 2025', 'Rp 1.380.406.368'])
      expect(text).toContain(expected);
  });

  it('claims of Nagekeo as PDF and the nation\'s budget per province as XLSX', async () => {
    const claims = pdfText((await as.dinas!.get(url('report=claims&region=53.16&year=2025&format=pdf'))).rawPayload);
    for (const expected of ['JKK — meninggal karena kecelakaan kerja', 'Rp 126.967.648', 'Rp 168.967.648', '11,26%']) expect(claims).toContain(expected);
    const res = await as.admin!.get(url('report=budget&region=ID&year=2025&format=xlsx'));
    const sheet = (await workbook(res.rawPayload)).getWorksheet('Anggaran')!;
    expect(sheet.rowCount).toBe(1 + 38 + 1);
    const ntt = sheet.getRows(2, 38)!.find((r) => r.getCell(1).value === '53')!;
    expect((ntt.values as unknown[]).slice(1, 8)).toEqual(['53', 'Nusa Tenggara Timur', 1, 1_500_000_000, 1_505_897_856, 1_500_000_000, 5_897_856]);
  });
});

describe('scope and input', () => {
  // expected status per demo role: the report scope of the dashboards (a regency user never gets another region's figures)
  const SCOPE: [string, string, Record<string, number>][] = [
    ['Nagekeo monthly', 'report=monthly&region=53.16&month=2025-12&format=pdf', { admin: 200, dinas: 200, opd: 403, desa: 403, bpjs: 200, viewer: 200, auditor: 200 }],
    ['another regency\'s claims', 'report=claims&region=53.10&year=2025&format=xlsx', { admin: 200, dinas: 404, opd: 403, desa: 403, bpjs: 404, viewer: 200, auditor: 404 }],
    ['NTT coverage', 'report=coverage&region=53&year=2025&format=xlsx', { admin: 200, dinas: 404, opd: 403, desa: 403, bpjs: 404, viewer: 200, auditor: 404 }],
    ['the nation\'s claims', 'report=claims&year=2025&format=xlsx', { admin: 200, dinas: 404, opd: 403, desa: 403, bpjs: 404, viewer: 404, auditor: 404 }],
  ];
  it.each(SCOPE)('scope: %s', async (_name, q, expected) => {
    const got: Record<string, number> = {};
    for (const role of Object.keys(expected)) got[role] = (await as[role]!.get(url(q))).statusCode;
    expect(got).toEqual(expected);
  });

  it.each([
    ['an unknown report', 'report=neraca&region=53.16&format=pdf', 400, 'VALIDATION'],
    ['an unknown format', 'report=coverage&region=53.16&format=docx', 400, 'VALIDATION'],
    ['month 13', 'report=monthly&region=53.16&month=2025-13&format=pdf', 400, 'VALIDATION'],
    ['a kecamatan', 'report=coverage&region=53.16.01&format=pdf', 400, 'VALIDATION'],
    ['a monthly report of a province', 'report=monthly&region=53&month=2025-12&format=pdf', 400, 'REPORT_MONTHLY_REGENCY'],
    ['a month outside the year', 'report=monthly&region=53.16&year=2024&month=2025-12&format=pdf', 400, 'REPORT_MONTH'],
    ['a month without a PKS', 'report=monthly&region=53.16&month=2024-12&format=pdf', 404, 'REPORT_NO_PKS'],
  ])('%s is a translated error', async (_name, q, status, code) => {
    const res = await as.admin!.get(url(q));
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toBe(code);
    expect(res.json().error.message).not.toBe(code);
  });
});
