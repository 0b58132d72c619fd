/**
 * An exported report as an XLSX workbook: one sheet per section (a header row in Bahasa Indonesia, then
 * typed cells — counts and Rupiah as numbers, percentages as fractions shown "0.00%"), and a
 * "Keterangan" sheet: the report, region, period, print time, the example-data note and every source.
 * Text cells go through the one formula-injection guard (src/spreadsheet/spreadsheet-safe.ts).
 */
import ExcelJS from 'exceljs';
import { neutraliseFormula } from '../spreadsheet/spreadsheet-safe';
import { XLSX_FORMAT } from './report-export-cells';
import type { Cell, CellType, ReportDocument, Section } from './report-export.types';
import { EXAMPLE_MARK } from './report-export-pdf';

const safe = (v: Cell) => (typeof v === 'string' ? neutraliseFormula(v) : v);

function typed(row: ExcelJS.Row, types: CellType[]) {
  types.forEach((type, i) => { const f = XLSX_FORMAT[type]; if (f) row.getCell(i + 1).numFmt = f; });
}

function sectionSheet(book: ExcelJS.Workbook, s: Section & { sheet: string }) {
  const sheet = book.addWorksheet(s.sheet);
  if (s.facts) {
    sheet.columns = [{ width: 42 }, { width: 26 }];
    sheet.addRow(['Uraian', 'Nilai']).font = { bold: true };
    for (const f of s.facts) typed(sheet.addRow([safe(f.label), safe(f.value)]), ['text', f.type]);
  }
  if (s.table) {
    const { columns, rows, total } = s.table;
    const types = columns.map((c) => c.type);
    sheet.columns = columns.map((c) => ({ width: c.type === 'text' ? 30 : 18 }));
    sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
    for (const r of rows) typed(sheet.addRow(r.map(safe)), types);
    if (total) { const row = sheet.addRow(total.map(safe)); row.font = { bold: true }; typed(row, types); }
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

function notesSheet(book: ExcelJS.Workbook, r: ReportDocument) {
  const sheet = book.addWorksheet('Keterangan');
  sheet.columns = [{ width: 22 }, { width: 100 }];
  const rows: [string, string][] = [
    ['Laporan', r.title], ['Wilayah', r.regionName], ['Periode', r.period], ['Penerbit', `${r.issuer.government} — ${r.issuer.office}`],
    ['Dicetak pada', r.printedAt], ...(r.example ? [['Catatan', EXAMPLE_MARK] as [string, string]] : []),
    ...r.sources.map((s): [string, string] => ['Sumber', s]),
    ...r.sections.flatMap((s) => (s.paragraphs ?? []).map((p): [string, string] => ['Ringkasan', p])),
    ...r.sections.flatMap((s) => (s.notes ?? []).map((n): [string, string] => ['Catatan', n])),
  ];
  for (const row of rows) sheet.addRow(row.map(safe));
  sheet.getColumn(1).font = { bold: true };
}

export async function renderReportXlsx(r: ReportDocument, createdAt: Date): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Lindung';
  book.created = createdAt;
  for (const s of r.sections) if (s.sheet) sectionSheet(book, s as Section & { sheet: string });
  notesSheet(book, r);
  return Buffer.from(await book.xlsx.writeBuffer());
}
