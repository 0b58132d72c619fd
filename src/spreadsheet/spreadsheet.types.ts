/** What every spreadsheet reader hands over, whatever the file: numbered rows of plain cells. */

export type FileFormat = 'csv' | 'xlsx';
export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be' | 'win1252';

/** A cell as a reader hands it over: CSV gives strings, XLSX also numbers, booleans and dates. */
export type Cell = string | number | boolean | Date | null;

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

