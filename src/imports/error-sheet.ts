/**
 * The error sheet: the rejected and duplicate rows of a batch as an XLSX the office can fix and upload
 * again — the original columns (as typed), then `alasan` (every reason, in Bahasa Indonesia by default)
 * and `baris` (the row in the original file). Every column is formatted as Text so a retyped NIK is not
 * turned into a number by Excel again; cells are neutralised against formula injection. Streamed
 * (exceljs WorkbookWriter), so a large batch never sits in memory.
 */
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Lang } from '../i18n/messages';
import type { Issue } from './import.types';
import { describeIssue } from './row-issues';
import { neutraliseFormula } from '../spreadsheet/spreadsheet-safe';

export interface SheetBatch {
  readonly headers: readonly string[];
  readonly columnMap: Readonly<Record<string, number>>;
}

export interface SheetRow {
  readonly rowNo: number;
  readonly raw: readonly string[] | null;
  readonly reasons: readonly Issue[] | null;
  /** Cleaned values by canonical field, for rows without their original cells (found duplicate in SQL). */
  readonly values: Readonly<Record<string, string | number | null>>;
}

function cellsOf(row: SheetRow, batch: SheetBatch): string[] {
  if (row.raw) return [...row.raw];
  const cells = batch.headers.map(() => '');
  for (const [field, index] of Object.entries(batch.columnMap)) {
    const value = field === 'birth_place_date' ? [row.values.birth_place, row.values.birth_date].filter(Boolean).join(', ') : row.values[field];
    if (value !== null && value !== undefined) cells[index] = String(value);
  }
  return cells;
}

export async function writeErrorSheet(out: Writable, batch: SheetBatch, rows: AsyncIterable<SheetRow>, lang: Lang = 'id'): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(lang === 'id' ? 'Ditolak' : 'Rejected');
  const headers = [...batch.headers, 'alasan', 'baris'];
  sheet.columns = headers.map((header, i) => ({
    header: neutraliseFormula(header || `kolom ${i + 1}`), width: i === headers.length - 2 ? 80 : 18, style: { numFmt: '@' },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  const headerOf = (field: string) => {
    const i = batch.columnMap[field];
    return i === undefined ? null : (batch.headers[i] || null);
  };
  let count = 0;
  for await (const row of rows) {
    const cells = cellsOf(row, batch).map(neutraliseFormula);
    while (cells.length < batch.headers.length) cells.push('');
    const alasan = (row.reasons ?? []).map((r) => describeIssue(r, lang, headerOf)).join('; ');
    sheet.addRow([...cells, neutraliseFormula(alasan), String(row.rowNo)]).commit();
    count++;
  }
  sheet.commit();
  await workbook.commit();
  return count;
}
