/**
 * How amounts and dates are written in official documents (PDF, XLSX): "Rp 1.500.000.000",
 * "1 Januari 2025", "0,39%", "satu juta rupiah". Independent of the viewer's locale: these documents are
 * in Bahasa Indonesia.
 */
import { spellRupiahId } from '../domain/terbilang';

const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** 1500000000 → "1.500.000.000" (grouping with dots, integers only). */
export function groupDigits(value: number): string {
  const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return value < 0 ? `-${digits}` : digits;
}

export const rupiahText = (value: number) => (value < 0 ? `-Rp ${groupDigits(-value)}` : `Rp ${groupDigits(value)}`);

/** An amount in words as official documents write it (terbilang): 1500000 → "satu juta lima ratus ribu rupiah". */
export const rupiahWords = (value: number) => spellRupiahId(value);

/** "2025-01-01" → "1 Januari 2025". */
export function dateText(iso: string | null): string {
  if (!iso) return '-';
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS_ID[(m ?? 1) - 1]} ${y}`;
}

/** "2025-03" → "Maret 2025". */
export const monthText = (month: string) => `${MONTHS_ID[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

/** Basis points as a percentage with a decimal comma: 39 → "0,39%". */
export function percentText(bp: number): string {
  const abs = Math.abs(bp);
  return `${bp < 0 ? '-' : ''}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}%`;
}

export const SCHEME_TEXT = { pu: 'PU (penerima upah)', bpu: 'BPU (bukan penerima upah)' } as const;
export const RISK_TEXT: Record<string, string> = { 'very-low': 'sangat rendah', low: 'rendah', medium: 'sedang', high: 'tinggi', 'very-high': 'sangat tinggi' };
