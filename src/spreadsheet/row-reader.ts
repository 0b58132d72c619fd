/**
 * The one interface the pipeline reads through, whatever the file: numbered rows of cells, a progress
 * estimate, and a way to stop early. `openRowReader` picks the reader from the file's first bytes.
 */
import { DomainError } from '../domain/errors';
import './spreadsheet.messages';
import type { Cell, RowReader } from './spreadsheet.types';
import { openCsv } from './csv-reader';
import { readHead, sniffFormat } from './file-sniff';
import { openXlsx } from './xlsx-reader';
import type { ZipLimits } from './zip-inspect';

export interface OpenOptions {
  readonly sheet?: string;
  /** Chooses the sheet when none is named: the first whose leading rows hold a header. */
  readonly isHeader: (cells: readonly Cell[]) => boolean;
  readonly zip: ZipLimits;
}

export async function openRowReader(path: string, totalBytes: number, opts: OpenOptions): Promise<RowReader> {
  const head = await readHead(path);
  const format = sniffFormat(head);
  if (format === 'csv') {
    if (opts.sheet) throw new DomainError('IMPORT_SHEET_NOT_FOUND', 'invalid', { field: 'sheet', sheet: opts.sheet });
    return openCsv(path, head, totalBytes);
  }
  return openXlsx(path, opts.sheet ?? null, opts.isHeader, opts.zip);
}
