/**
 * Pure: reading UCJ reference rows (region code, year, value, source, example flag) from spreadsheet
 * cells. Header spellings are matched after normalising (lower case, non-letters → `_`). Each row is
 * decided on its own, so every row of a file is accounted for: accepted, or invalid with a reason.
 */
import type { UcjReferenceKind } from '../db/schema';
import type { Cell } from '../spreadsheet/spreadsheet.types';

export const REFERENCE_KINDS = ['employed-population', 'ucj-target', 'bpjs-participants'] as const satisfies readonly UcjReferenceKind[];

const VALUE_ALIASES: Record<UcjReferenceKind, string[]> = {
  'employed-population': ['penduduk_bekerja', 'bekerja', 'employed', 'employed_population', 'jumlah', 'nilai', 'value'],
  'ucj-target': ['target_ucj', 'target_persen', 'target', 'persen', 'nilai', 'value'],
  'bpjs-participants': ['peserta_aktif', 'peserta', 'participants', 'jumlah', 'nilai', 'value'],
};
const FIELD_ALIASES = {
  region: ['kode_wilayah', 'kode_kemendagri', 'kode', 'region', 'region_code', 'kode_daerah'],
  year: ['tahun', 'year'],
  source: ['sumber', 'source', 'sumber_data'],
  example: ['contoh', 'example', 'data_contoh'],
} as const;

export type ReferenceIssue = 'region-format' | 'year' | 'value' | 'source' | 'duplicate';
export interface ReferenceRowRead {
  rowNo: number; regionCode: string; year: number | null; value: number | null; source: string; example: boolean; issue: ReferenceIssue | null;
}
export interface ReferenceHeader { region: number; year: number; value: number; source: number; example: number }

export const normaliseHeader = (c: Cell) => String(c ?? '').trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');

/** Column indexes of the fields, or null when the region, year or value column is missing. */
export function mapReferenceHeader(kind: UcjReferenceKind, cells: readonly Cell[]): ReferenceHeader | null {
  const names = cells.map(normaliseHeader);
  const find = (aliases: readonly string[]) => aliases.map((a) => names.indexOf(a)).find((i) => i >= 0) ?? -1;
  const h = { region: find(FIELD_ALIASES.region), year: find(FIELD_ALIASES.year), value: find(VALUE_ALIASES[kind]), source: find(FIELD_ALIASES.source), example: find(FIELD_ALIASES.example) };
  return h.region < 0 || h.year < 0 || h.value < 0 ? null : h;
}

/** "1.234.567" (Indonesian thousands), "1234567", "12,5" (decimal comma) or a number cell. */
export function parseFigure(c: Cell): number | null {
  if (typeof c === 'number') return Number.isFinite(c) && c >= 0 ? c : null;
  const t = String(c ?? '').trim().replace(/\s|%/g, '');
  if (!t) return null;
  const normal = /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t) ? t.replace(/\./g, '').replace(',', '.') : t.replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(normal)) return null;
  return Number(normal);
}

const YES = new Set(['ya', 'y', 'yes', 'true', '1', 'contoh']);

export function readReferenceRow(kind: UcjReferenceKind, rowNo: number, cells: readonly Cell[], h: ReferenceHeader, defaultSource: string | null): ReferenceRowRead {
  const at = (i: number) => (i < 0 ? null : cells[i] ?? null);
  const regionCode = String(at(h.region) ?? '').trim();
  const yearCell = Number(String(at(h.year) ?? '').trim());
  const year = Number.isInteger(yearCell) && yearCell >= 2000 && yearCell <= 2100 ? yearCell : null;
  const value = parseFigure(at(h.value));
  const source = String(at(h.source) ?? '').trim() || (defaultSource ?? '');
  const example = YES.has(String(at(h.example) ?? '').trim().toLowerCase());
  const valueOk = value !== null && (kind === 'ucj-target' ? value <= 100 : Number.isInteger(value));
  const issue: ReferenceIssue | null = !/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/.test(regionCode) ? 'region-format'
    : year === null ? 'year' : !valueOk ? 'value' : !source ? 'source' : null;
  return { rowNo, regionCode, year, value, source, example, issue };
}

/** The XLSX worker's header test (loaded by module and name): a row naming a region and a year column. */
export function looksLikeReferenceHeader(cells: readonly Cell[]): boolean {
  const names = cells.map(normaliseHeader);
  return FIELD_ALIASES.region.some((a) => names.includes(a)) && FIELD_ALIASES.year.some((a) => names.includes(a));
}
