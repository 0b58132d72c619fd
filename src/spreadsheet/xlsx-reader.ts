/**
 * Streams one sheet of an XLSX (exceljs WorkbookReader: never the whole workbook in memory). The sheet is
 * the one named, or else the first whose leading rows hold a header (a cover or instructions sheet is
 * skipped). Cells come back as plain values: rich text joined, formulas as their cached result.
 * The ZIP is inspected first (zip-inspect.ts): a bomb is refused before anything inflates.
 */
import ExcelJS from 'exceljs';
import { DomainError } from '../domain/errors';
import { HEADER_SEARCH_ROWS } from './header-search';
import type { Cell, RowReader, SheetRow } from './spreadsheet.types';
import { assertSafeWorkbook, dimensionRows, readEntryHead, readZipDirectory, type ZipEntry, type ZipLimits } from './zip-inspect';

type ExcelValue = ExcelJS.CellValue | undefined;

/** A plain cell from whatever exceljs holds (rich text, formula, hyperlink, error). */
export function toCell(value: ExcelValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text ?? '').join('');
    if ('result' in value) return toCell(value.result as ExcelValue);
    if ('formula' in value || 'sharedFormula' in value) return null;
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return String(value.error);
  }
  return null;
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Declared row counts per sheet name, from workbook.xml, its rels and each sheet's <dimension>. */
async function sheetSizes(path: string, entries: readonly ZipEntry[]): Promise<Map<string, number>> {
  const find = (name: string) => entries.find((e) => e.name === name);
  const workbook = find('xl/workbook.xml');
  const rels = find('xl/_rels/workbook.xml.rels');
  const sizes = new Map<string, number>();
  if (!workbook || !rels) return sizes;
  const [wb, rel] = [await readEntryHead(path, workbook), await readEntryHead(path, rels)];
  for (const m of wb.matchAll(/<sheet\b[^>]*\bname="([^"]*)"[^>]*\br:id="([^"]*)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]*)"|Target="([^"]*)"[^>]*Id="${m[2]}"`).exec(rel);
    const file = target ? (target[1] ?? target[2] ?? '').replace(/^\/?(xl\/)?/, 'xl/') : '';
    const entry = find(file);
    const rows = entry ? dimensionRows(await readEntryHead(path, entry, 4096)) : null;
    if (rows) sizes.set(m[1]!.replace(/&amp;/g, '&'), rows);
  }
  return sizes;
}

export async function openXlsx(path: string, sheet: string | null, isHeader: (cells: readonly Cell[]) => boolean, limits: ZipLimits): Promise<RowReader> {
  const entries = await readZipDirectory(path);
  assertSafeWorkbook(entries, limits);
  const sizes = await sheetSizes(path, entries);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', entries: 'ignore',
  });
  let chosen: string | null = null;
  let total: number | null = null;

  async function* rows(): AsyncGenerator<SheetRow[]> {
    const seen: string[] = [];
    try {
      for await (const ws of workbook) {
        const name = (ws as unknown as { name: string }).name;
        seen.push(name);
        if (sheet !== null && !sameName(name, sheet)) continue;
        const iterator = (ws as AsyncIterable<ExcelJS.Row>)[Symbol.asyncIterator]();
        const lead: SheetRow[] = [];
        let found = sheet !== null;
        while (lead.length < HEADER_SEARCH_ROWS) {
          const next = await iterator.next();
          if (next.done) break;
          lead.push(toSheetRow(next.value));
          if (isHeader(lead.at(-1)!.cells)) { found = true; break; }
        }
        if (!found) continue;
        chosen = name;
        total = sizes.get(name) ?? null;
        let batch = lead;
        for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
          batch.push(toSheetRow(next.value));
          if (batch.length >= 1000) { yield batch; batch = []; }
        }
        yield batch;
        return;
      }
    } catch (e) {
      if (e instanceof DomainError) throw e;
      throw new DomainError('IMPORT_FILE_CORRUPT', 'invalid', { field: 'file' });
    }
    if (sheet !== null) throw new DomainError('IMPORT_SHEET_NOT_FOUND', 'invalid', { field: 'sheet', sheet, sheets: seen.join(', ') });
    throw new DomainError('IMPORT_NO_HEADER', 'invalid', { field: 'file' });
  }

  return {
    format: 'xlsx',
    get sheet() { return chosen; },
    rows: rows(),
    progress: (processed) => ({ fraction: total ? Math.min(processed / total, 1) : 0, estimatedRows: total }),
    close: () => { (workbook as unknown as { stream?: { destroy(): void } }).stream?.destroy(); },
  };
}

function toSheetRow(row: ExcelJS.Row): SheetRow {
  const values = row.values as ExcelValue[];
  const cells: Cell[] = [];
  for (let i = 1; i < values.length; i++) cells.push(toCell(values[i]));
  return { rowNo: row.number, cells };
}
