/**
 * The printed billing documents read back: the bill PDF shows what a treasurer checks before paying (number,
 * month, due date, PKS, the per-OPD or per-village summary adding up to the total, the total in words, the
 * legal basis, the example mark on demo data); the XLSX keeps every line with numeric amounts and a
 * user-typed name can never become a formula; the receipt shows the SP2D and where its money went.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../test/support/pdf-text';
import type { BillHeader, BillLineRow, IssuerInfo } from './bill-document.types';
import { renderBillLinesXlsx } from './bill-lines-xlsx';
import { renderBillPdf } from './bill-pdf';
import { renderReceiptPdf } from './receipt-pdf';

const issuer: IssuerInfo = { tenantCode: '53.16', government: 'Kabupaten Nagekeo', office: 'Dinas Tenaga Kerja dan Transmigrasi', address: 'Jl. Gajah Mada, Mbay' };
const bill: BillHeader = {
  number: 'TAG/53.16/2025-12/1', month: '2025-12', kind: 'regular', scheme: 'pu', groupName: 'Non-ASN OPD', issuedOn: '2025-12-01',
  dueOn: '2026-01-15', participants: 6311, amount: 74_520_288, programmes: { JKK: 35_079_288, JKM: 39_441_000, JHT: 0 },
  agreementNumber: 'PKS/001/2025', agreementTitle: 'Perlindungan pekerja non-ASN', example: true,
};
const rules = [
  { id: 'pu.jkk.rate.very-low@2015-07-01', legalBasis: 'PP 44/2015 Lampiran I', unconfirmed: false },
  { id: 'pu.jkm.rate@2015-07-01', legalBasis: 'PP 44/2015 Pasal 18', unconfirmed: false },
];
const generatedAt = new Date('2026-01-02T03:04:00Z');

describe('bill PDF', () => {
  it('prints the bill with its summary per OPD, total in words, legal basis and example mark', async () => {
    const byUnit = [
      { unitKind: 'opd' as const, code: '1', name: 'Dinas Kesehatan', participants: 4000, amount: 47_232_000 },
      { unitKind: 'opd' as const, code: '2', name: 'Dinas Pendidikan', participants: 2311, amount: 27_288_288 },
    ];
    const text = pdfText(await renderBillPdf({ issuer, bill, byUnit, rules, generatedAt }));
    for (const expected of ['PEMERINTAH KABUPATEN NAGEKEO', 'Nomor: TAG/53.16/2025-12/1', 'Desember 2025', '15 Januari 2026', 'PKS/001/2025',
      'Ringkasan per perangkat daerah (OPD)', 'Dinas Pendidikan', 'Rp 27.288.288', 'Rp 74.520.288', 'Rp 35.079.288',
      'tujuh puluh empat juta lima ratus dua puluh ribu dua ratus delapan puluh delapan rupiah', 'PP 44/2015 Lampiran I',
      'pu.jkm.rate@2015-07-01', 'CONTOH DATA', 'belum dikonfirmasi', '2 Januari 2026 11.04 WITA']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('JHT'); // a JKK+JKM bill lists no zero programme
  });

  it('summarises a rentan bill per village and leaves real bills unmarked', async () => {
    const byUnit = [{ unitKind: 'village' as const, code: '53.16.01.2001', name: 'Desa Aeramo', participants: 3034, amount: 50_971_200 }];
    const text = pdfText(await renderBillPdf({ issuer, bill: { ...bill, scheme: 'bpu', example: false, amount: 50_971_200, participants: 3034 }, byUnit, rules: [], generatedAt }));
    expect(text).toContain('Ringkasan per desa/kelurahan');
    expect(text).toContain('Desa Aeramo');
    expect(text).not.toContain('CONTOH DATA');
    expect(text).not.toContain('Dasar hukum');
  });
});

describe('bill lines XLSX', () => {
  const line: BillLineRow = {
    participationId: 7, nikMasked: '5316••••••••0001', name: '=HYPERLINK("http://x")', unitName: 'Dinas Kesehatan', month: '2025-12',
    kind: 'susulan', base: 2_328_969, baseSource: 'UMP NTT 2025', scheme: 'pu', riskClass: 'very-low',
    rates: { JKK: 24, JKM: 30, JHT: null }, programmes: { JKK: 5_589, JKM: 6_987, JHT: 0 }, amount: 12_576,
    ruleIds: ['pu.jkk.rate.very-low@2015-07-01', 'pu.jkm.rate@2015-07-01'], reason: 'Kepesertaan mulai 1 November 2025, dicatat terlambat',
  };

  it('keeps every line with numeric base, rates and amounts, rule ids, and neutralised names', async () => {
    const buffer = await renderBillLinesXlsx({ issuer, bill, lines: [line, { ...line, participationId: 8, name: 'Maria Goreti', kind: 'regular', reason: null }], rules, generatedAt });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Rincian')!;
    expect(sheet.rowCount).toBe(3);
    const row = sheet.getRow(2).values as unknown[];
    expect(row[1]).toBe('5316••••••••0001');
    expect(row[2]).toBe("'=HYPERLINK(\"http://x\")");
    expect(row[6]).toBe(2_328_969);
    expect(row[10]).toBeCloseTo(0.0024);
    expect(row[12]).toBeUndefined(); // BPU-style fixed amounts and absent programmes leave the rate empty
    expect(row[16]).toBe(12_576);
    expect(row[17]).toBe('pu.jkk.rate.very-low@2015-07-01, pu.jkm.rate@2015-07-01');
    expect(row[18]).toContain('dicatat terlambat');
    expect(book.getWorksheet('Tagihan')!.getRow(9).getCell(2).value).toBe(74_520_288);
    expect(book.getWorksheet('Dasar hukum')!.getRow(2).values).toEqual([undefined, 'pu.jkk.rate.very-low@2015-07-01', 'PP 44/2015 Lampiran I', 'dikonfirmasi']);
  });
});

describe('receipt PDF', () => {
  const payment = {
    id: 3, sp2dNumber: 'SP2D/0012/2025', paidOn: '2025-12-20', amount: 130_000_000, account: '5.1.02.02.01.0003',
    agreementNumber: 'PKS/001/2025', recordedAt: '2025-12-21', reversed: null, example: false,
  };
  const allocations = [
    { billNumber: 'TAG/53.16/2025-12/1', month: '2025-12', groupName: 'Non-ASN OPD', amount: 74_520_288 },
    { billNumber: 'TAG/53.16/2025-12/2', month: '2025-12', groupName: 'Pekerja rentan', amount: 50_971_200 },
  ];

  it('shows the SP2D, its allocation to bills and the credit carried forward', async () => {
    const text = pdfText(await renderReceiptPdf({ issuer, payment, allocations, credit: 4_508_512, generatedAt }));
    for (const expected of ['SP2D/0012/2025', '20 Desember 2025', 'Rp 130.000.000', 'seratus tiga puluh juta rupiah',
      'TAG/53.16/2025-12/2', 'Rp 50.971.200', 'Rp 125.491.488', 'Rp 4.508.512', 'PP 50/2025']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('DIBATALKAN');
  });

  it('says a reversed payment was reversed and why', async () => {
    const text = pdfText(await renderReceiptPdf({ issuer, payment: { ...payment, reversed: { on: '2025-12-22', reason: 'Nomor SP2D salah ketik' } }, allocations: [], credit: 0, generatedAt }));
    expect(text).toContain('DIBATALKAN pada 22 Desember 2025: Nomor SP2D salah ketik');
  });
});
