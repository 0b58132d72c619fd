/**
 * Reading BPJS's statement of receipts row by row, without the database: which column holds what (header
 * names as BPJS and offices write them, Indonesian or English; case, spacing and punctuation ignored), and
 * what each row says — or why it cannot be used. Matching is src/domain/receipt-match.ts.
 */
import type { IsoMonth } from '../domain/calendar';
import type { ReceiptProblem, ReceiptRow } from '../domain/receipt-match';
import { cellText, parseDateCell, parseMoneyCell } from '../imports/cell-parse';
import { normalizeHeader } from '../imports/header-map';
import type { Cell } from '../spreadsheet/spreadsheet.types';

export type ReceiptField = 'bill_number' | 'npp' | 'month' | 'amount' | 'received_on';

const ALIASES: Record<ReceiptField, string[]> = {
  bill_number: ['nomor tagihan', 'no tagihan', 'no. tagihan', 'nomor_tagihan', 'tagihan', 'kode tagihan', 'kode billing', 'no billing', 'nomor billing',
    'nomor invoice', 'no invoice', 'bill number', 'bill no', 'bill', 'invoice', 'invoice number'],
  npp: ['npp', 'no npp', 'nomor npp', 'nomor pendaftaran perusahaan', 'kode perusahaan', 'employer number', 'employer no'],
  month: ['bulan', 'bulan iuran', 'periode', 'periode iuran', 'masa iuran', 'bulan tagihan', 'month', 'period', 'contribution month', 'billing month'],
  amount: ['jumlah', 'jumlah diterima', 'nominal', 'nominal diterima', 'iuran diterima', 'jumlah iuran', 'jumlah bayar', 'penerimaan', 'amount',
    'amount received', 'received amount', 'total'],
  received_on: ['tanggal diterima', 'tgl diterima', 'tanggal terima', 'tgl terima', 'tanggal penerimaan', 'tanggal bayar', 'tgl bayar',
    'tanggal pembayaran', 'date received', 'received on', 'received date', 'payment date', 'paid on', 'date'],
};
const BY_ALIAS = new Map(Object.entries(ALIASES).flatMap(([f, names]) => names.map((n) => [normalizeHeader(n), f as ReceiptField] as const)));

export function mapReceiptHeaders(cells: readonly Cell[]) {
  const index: Partial<Record<ReceiptField, number>> = {};
  cells.forEach((cell, i) => {
    const field = BY_ALIAS.get(normalizeHeader(cellText(cell)));
    if (field && index[field] === undefined) index[field] = i;
  });
  const missing = [
    ...(index.bill_number === undefined && index.npp === undefined ? ['nomor tagihan / NPP'] : []),
    ...(index.month === undefined ? ['bulan'] : []), ...(index.amount === undefined ? ['jumlah'] : []),
    ...(index.received_on === undefined ? ['tanggal diterima'] : []),
  ];
  return { index, missing };
}

/**
 * The header row (also the XLSX parse worker's test, loaded there by module and name): a key column (bill
 * number or NPP) and an amount. A missing month or date column is then refused with its name.
 */
export function looksLikeReceiptHeader(cells: readonly Cell[]): boolean {
  const { index } = mapReceiptHeaders(cells);
  return (index.bill_number !== undefined || index.npp !== undefined) && index.amount !== undefined;
}

const MONTH_FIRST = /^(\d{1,2})[-/.](\d{4})$/;
const YEAR_FIRST = /^(\d{4})[-/.]?(\d{1,2})$/;

/** "2025-01", "01/2025", "202501", "Januari 2025", "Jan-25", or a date / date cell (its month). */
export function parseMonthCell(cell: Cell): IsoMonth | null {
  const text = cellText(cell);
  if (!text) return null;
  const pick = (year: number, month: number) => (month >= 1 && month <= 12 && year >= 2000 && year <= 2100 ? `${year}-${String(month).padStart(2, '0')}` : null);
  let m = MONTH_FIRST.exec(text);
  if (m) return pick(Number(m[2]), Number(m[1]));
  m = typeof cell === 'string' || (typeof cell === 'number' && /^\d{6}$/.test(text)) ? YEAR_FIRST.exec(text) : null;
  if (m) return pick(Number(m[1]), Number(m[2]));
  const date = parseDateCell(cell);
  const named = date.ok ? date : parseDateCell(`1 ${text}`); // "Januari 2025" read as its first day
  return named.ok && named.value ? pick(Number(named.value.slice(0, 4)), Number(named.value.slice(5, 7))) : null;
}

export function readReceiptRow(rowNo: number, cells: readonly Cell[], index: Partial<Record<ReceiptField, number>>): ReceiptRow & { raw: string[] } {
  const at = (f: ReceiptField) => (index[f] === undefined ? null : (cells[index[f]] ?? null));
  const billNumber = cellText(at('bill_number')).slice(0, 100) || null;
  const npp = cellText(at('npp')).replace(/^'/, '').slice(0, 30) || null;
  const month = parseMonthCell(at('month'));
  const money = parseMoneyCell(at('amount'));
  // whole rupiah only: a statement with cents is not one BPJS wrote for integer contributions
  const amount = money.ok && money.value !== null && money.value > 0 && !money.warning ? money.value : null;
  const date = parseDateCell(at('received_on'));
  const receivedOn = date.ok && date.value && !date.warning ? date.value : null;
  let problem: ReceiptProblem | null = null;
  if (!billNumber && !npp) problem = 'RECON_KEY_MISSING';
  else if (!month) problem = 'RECON_MONTH_INVALID';
  else if (amount === null) problem = 'RECON_AMOUNT_INVALID';
  else if (!receivedOn) problem = 'RECON_DATE_INVALID';
  return { rowNo, billNumber, npp, month, amount, receivedOn, problem, raw: cells.map((c) => cellText(c)) };
}
