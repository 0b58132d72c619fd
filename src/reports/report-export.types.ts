/**
 * The shape every exported report takes before it is printed: a title, a period, sections of label/value
 * facts or of tables (typed columns: counts, Rupiah, percentages) with an optional chart, and the source
 * lines of the reference figures used. One model, two renderers — report-export-pdf.ts (A4, kop surat,
 * vector charts) and report-export-xlsx.ts (typed cells) — so the PDF and the XLSX never tell two stories.
 */
import type { Letterhead } from '../documents/pdf-kit';

/** count = whole number; rupiah = integer rupiah; percent = a fraction (0.1126 prints "11,26%"). */
export type CellType = 'text' | 'count' | 'rupiah' | 'percent';
export type Cell = string | number | null;

export interface Column { header: string; type: CellType; width?: number }

export interface Fact { label: string; value: Cell; type: CellType }

export interface Chart {
  /** bar: horizontal bars per category (regions); column: vertical bars per category (months); line: one line per series. */
  kind: 'bar' | 'column' | 'line';
  title: string;
  categories: string[];
  series: { name: string; values: number[] }[];
  stacked?: boolean;
  money?: boolean;
  /** A horizontal (column/line) or vertical (bar) reference: the quota, the budget. */
  reference?: { value: number; label: string };
}

export interface Section {
  title: string;
  /** The XLSX sheet name (≤ 31 characters); sections without one are printed only. */
  sheet?: string;
  /** Sentences a reader reads first (the monthly report's summary); in the XLSX they go to "Keterangan". */
  paragraphs?: string[];
  facts?: Fact[];
  table?: { columns: Column[]; rows: Cell[][]; total?: Cell[] };
  chart?: Chart;
  notes?: string[];
}

export interface ReportDocument {
  title: string;
  /** "Tahun 2025", "Desember 2025 (keadaan per 30 November 2026)". */
  period: string;
  regionName: string;
  issuer: Letterhead;
  sections: Section[];
  /** Where the reference figures come from ("Penduduk bekerja 53.16, 2024: BPS …"). */
  sources: string[];
  /** Example (demo) data: the document says so on its first page and in its XLSX notes. */
  example: boolean;
  printedAt: string;
  /** The monthly report to the Bupati ends with the Kepala Dinas's signature block. */
  signature?: { place: string; date: string; role: string; office: string };
}
