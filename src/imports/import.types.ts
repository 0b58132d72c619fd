/**
 * Shapes shared by the import pipeline: a spreadsheet cell, a coded issue about one cell, the canonical
 * fields a column maps to, and a staged row (what COPY writes to `import_row`).
 */
import type { IsoDate } from '../domain/calendar';
import type { Sex } from '../domain/nik';

export type { Cell, FileFormat, RowReader, SheetRow, TextEncoding } from '../spreadsheet/spreadsheet.types';

export { WORKER_GROUPS, type WorkerGroup } from '../domain/worker-group';

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
