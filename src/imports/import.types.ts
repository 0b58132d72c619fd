/**
 * Shapes shared by the import pipeline: a spreadsheet cell, a coded issue about one cell, the canonical
 * fields a column maps to, and a staged row (what COPY writes to `import_row`).
 */
import type { IsoDate } from '../domain/calendar';
import type { Sex } from '../domain/nik';

export type FileFormat = 'csv' | 'xlsx';
export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be' | 'win1252';

/** The two groups a regency covers (REGULATIONS.md §1): non-ASN staff (PU) and pekerja rentan (BPU). */
export type WorkerGroup = 'non-asn' | 'rentan';
export const WORKER_GROUPS: readonly WorkerGroup[] = ['non-asn', 'rentan'];

/** A cell as a reader hands it over: CSV gives strings, XLSX also numbers, booleans and dates. */
export type Cell = string | number | boolean | Date | null;

/** One coded problem with one column. `code` is translated by imports.messages.ts; params fill it. */
export interface Issue {
  readonly column?: Field | string;
  readonly code: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type Parsed<T> = { readonly ok: true; readonly value: T; readonly warning?: Issue } | { readonly ok: false; readonly issue: Issue };

/** Canonical fields a header can map to. */
export type Field =
  | 'nik' | 'name' | 'birth_place' | 'birth_date' | 'sex' | 'mother_name' | 'address' | 'village' | 'district' | 'phone'
  | 'opd' | 'position' | 'wage' | 'employment_start' | 'occupation' | 'income' | 'welfare_decile';

export type RowStatus = 'accepted' | 'rejected' | 'duplicate';

/** A validated row as staged. Money is whole rupiah. */
export interface StagedRow {
  rowNo: number;
  status: RowStatus;
  nik: string | null;
  name: string | null;
  nameKey: string | null;
  nameInitials: string | null;
  birthPlace: string | null;
  birthDate: IsoDate | null;
  sex: Sex | null;
  motherName: string | null;
  address: string | null;
  villageCode: string | null;
  phone: string | null;
  opdId: number | null;
  position: string | null;
  wage: number | null;
  employmentStart: IsoDate | null;
  occupation: string | null;
  income: number | null;
  welfareDecile: number | null;
  reasons: Issue[];
  warnings: Issue[];
  /** Original cells, kept only for rejected rows (the error sheet gives them back as typed). */
  raw: string[] | null;
}

export interface SheetRow {
  /** The row number a person sees in Excel (1-based, blank rows counted). */
  readonly rowNo: number;
  readonly cells: Cell[];
}

export interface RowReader {
  readonly format: FileFormat;
  /** XLSX: the sheet being read. */
  readonly sheet: string | null;
  readonly encoding?: TextEncoding;
  readonly delimiter?: string;
  /** Rows in batches (one per chunk read): a per-row async step costs more than validating the row. */
  readonly rows: AsyncIterator<SheetRow[]> & AsyncIterable<SheetRow[]>;
  /** Done fraction (0–1) and, when it can be told, the total number of rows. */
  progress(processedRows: number): { fraction: number; estimatedRows: number | null };
  close(): void;
}

