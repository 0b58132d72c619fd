/**
 * A bill with all its lines as an XLSX workbook: the bill sheet, one row per participant-month (base,
 * rates, amounts per programme, rule ids, the reason of a correction line) and the legal basis of every
 * rule used. Amounts are numeric cells (integer rupiah, "#,##0"), rates percentages; every text cell goes
 * through the one formula-injection guard (src/spreadsheet/spreadsheet-safe.ts) — names are typed by users.
 */
import ExcelJS from 'exceljs';
import { dateText, monthText, RISK_TEXT } from '../documents/document-format';
import { neutraliseFormula } from '../spreadsheet/spreadsheet-safe';
import type { BillLineRow, BillXlsxInput } from './bill-document.types';

const MONEY = '#,##0';
const KIND_TEXT: Record<BillLineRow['kind'], string> = { regular: 'reguler', susulan: 'susulan (tambahan)', pengurangan: 'pengurangan' };
export const LINE_HEADER = ['NIK (disamarkan)', 'Nama', 'OPD / desa', 'Bulan', 'Jenis', 'Dasar iuran (Rp)', 'Sumber dasar', 'Skema',
  'Kelas risiko', 'Tarif JKK', 'Tarif JKM', 'Tarif JHT', 'JKK (Rp)', 'JKM (Rp)', 'JHT (Rp)', 'Jumlah (Rp)', 'Aturan', 'Alasan'];

type Cell = string | number | null;
const safe = (row: Cell[]) => row.map((v) => (typeof v === 'string' ? neutraliseFormula(v) : v));
const rate = (bp: number | null) => (bp === null ? null : bp / 10_000);

function billSheet(book: ExcelJS.Workbook, { bill, issuer }: BillXlsxInput) {
  const sheet = book.addWorksheet('Tagihan');
  sheet.columns = [{ width: 26 }, { width: 60 }];
  const rows: Cell[][] = [
    ['Pemerintah daerah', issuer.government], ['Nomor tagihan', bill.number], ['Bulan iuran', monthText(bill.month)],
    ['Perjanjian kerja sama', bill.agreementNumber], ['Kelompok', bill.groupName], ['Tanggal terbit', dateText(bill.issuedOn)],
    ['Jatuh tempo', dateText(bill.dueOn)], ['Peserta', bill.participants], ['Jumlah (Rp)', bill.amount],
    ['JKK (Rp)', bill.programmes.JKK], ['JKM (Rp)', bill.programmes.JKM], ['JHT (Rp)', bill.programmes.JHT],
  ];
  if (bill.example) rows.push(['Catatan', 'CONTOH DATA — bukan tagihan sebenarnya']);
  for (const row of rows) sheet.addRow(safe(row));
  sheet.getColumn(2).numFmt = MONEY;
  sheet.getColumn(1).font = { bold: true };
}

function linesSheet(book: ExcelJS.Workbook, lines: BillLineRow[]) {
  const sheet = book.addWorksheet('Rincian');
  sheet.columns = [20, 28, 28, 14, 16, 16, 18, 8, 14, 10, 10, 10, 14, 14, 14, 16, 60, 40].map((width) => ({ width }));
  sheet.addRow(LINE_HEADER).font = { bold: true };
  for (const l of lines) {
    sheet.addRow(safe([
      l.nikMasked, l.name, l.unitName, monthText(l.month), KIND_TEXT[l.kind], l.base, l.baseSource, l.scheme.toUpperCase(),
      l.riskClass ? RISK_TEXT[l.riskClass] ?? l.riskClass : '', rate(l.rates.JKK), rate(l.rates.JKM), rate(l.rates.JHT),
      l.programmes.JKK, l.programmes.JKM, l.programmes.JHT, l.amount, l.ruleIds.join(', '), l.reason ?? '',
    ]));
  }
  for (const col of [6, 13, 14, 15, 16]) sheet.getColumn(col).numFmt = MONEY;
  for (const col of [10, 11, 12]) sheet.getColumn(col).numFmt = '0.00%';
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

function rulesSheet(book: ExcelJS.Workbook, input: BillXlsxInput) {
  const sheet = book.addWorksheet('Dasar hukum');
  sheet.columns = [{ width: 44 }, { width: 60 }, { width: 18 }];
  sheet.addRow(['Aturan', 'Dasar hukum', 'Status']).font = { bold: true };
  for (const r of input.rules) sheet.addRow(safe([r.id, r.legalBasis, r.unconfirmed ? 'belum dikonfirmasi' : 'dikonfirmasi']));
}

export async function renderBillLinesXlsx(input: BillXlsxInput): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Lindung';
  book.created = input.generatedAt;
  billSheet(book, input);
  linesSheet(book, input.lines);
  rulesSheet(book, input);
  return Buffer.from(await book.xlsx.writeBuffer());
}
