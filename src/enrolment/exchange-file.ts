/**
 * Writing a BPJS exchange file from a template stored as data (bpjs_template.columns): one column per
 * template entry, its value taken from a named field of the row (or a constant) and formatted as the
 * template says. XLSX cells are all Text ('@') so NIK and KPJ keep their leading digits; CSV is RFC 4180
 * with a BOM (Excel opens it as UTF-8). Every cell is neutralised against formula injection.
 */
import ExcelJS from 'exceljs';
import type { ExportColumn } from '../db/schema';
import { neutraliseFormula } from '../spreadsheet/spreadsheet-safe';

export type ExportRow = Readonly<Record<string, string | number | null>>;

function formatValue(column: ExportColumn, row: ExportRow): string {
  const value = column.field === 'const' ? (column.value ?? '') : row[column.field];
  if (value === null || value === undefined) return '';
  if (column.format === 'dd-mm-yyyy' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return `${d}-${m}-${y}`;
  }
  if (column.format === 'integer') return typeof value === 'number' ? String(Math.round(value)) : String(value);
  return String(value);
}

export function exportCells(columns: readonly ExportColumn[], rows: readonly ExportRow[]): string[][] {
  return rows.map((row) => columns.map((c) => neutraliseFormula(formatValue(c, row))));
}

const csvField = (text: string) => (/[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

export function toCsv(columns: readonly ExportColumn[], rows: readonly ExportRow[]): Buffer {
  const lines = [columns.map((c) => csvField(c.header)), ...exportCells(columns, rows).map((cells) => cells.map(csvField))];
  return Buffer.from(`\ufeff${lines.map((l) => l.join(',')).join('\r\n')}\r\n`, 'utf8');
}

export async function toXlsx(columns: readonly ExportColumn[], rows: readonly ExportRow[], sheetName: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName.slice(0, 31));
  sheet.columns = columns.map((c) => ({ header: c.header, width: Math.max(12, c.header.length + 2), style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  for (const cells of exportCells(columns, rows)) sheet.addRow(cells);
  return Buffer.from(await book.xlsx.writeBuffer());
}
