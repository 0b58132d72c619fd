/**
 * The plan of a PKS as an XLSX workbook: a summary sheet, one row per group (with the rules behind each
 * per-head amount) and one row per month. Amounts are numeric cells (integer rupiah, "#,##0").
 * Every text cell goes through the one formula-injection guard (src/spreadsheet/spreadsheet-safe.ts):
 * names typed by users must never execute.
 */
import ExcelJS from 'exceljs';
import type { Agreement } from './agreement.mapper';
import type { AgreementPlan } from './agreement-plan';
import { dateText, monthText, RISK_TEXT } from '../documents/document-format';
import { neutraliseFormula } from '../spreadsheet/spreadsheet-safe';
import { PHASE_TEXT } from './agreement-text';
import { planLineText } from './plan-rule-text';

const MONEY = '#,##0';

function addRows(sheet: ExcelJS.Worksheet, rows: (string | number | null)[][]) {
  for (const row of rows) sheet.addRow(row.map((v) => (typeof v === 'string' ? neutraliseFormula(v) : v)));
}

function summarySheet(book: ExcelJS.Workbook, a: Agreement, plan: AgreementPlan, tenantName: string) {
  const sheet = book.addWorksheet('Ringkasan');
  sheet.columns = [{ width: 28 }, { width: 60 }];
  addRows(sheet, [
    ['Pemerintah daerah', tenantName], ['Nomor', a.number], ['Judul', a.title], ['Status', PHASE_TEXT[a.phase]],
    ['Periode', `${dateText(a.periodStart)} s.d. ${dateText(a.periodEnd)}`], ['Bulan iuran', plan.months],
    ['Kode rekening', a.budget?.account ?? ''], ['Nomor DPA', a.budget?.dpaNumber ?? ''],
    ['Pagu anggaran (Rp)', plan.budget], ['Rencana iuran (Rp)', plan.total], ['Sisa (+) / kekurangan (−) (Rp)', plan.remaining],
    ['Pekerja direncanakan', plan.headcount], ['Pekerja yang tertanggung anggaran', plan.headsCarried], ['Bulan yang tertanggung anggaran', plan.monthsCarried],
  ]);
  sheet.getColumn(2).numFmt = MONEY;
  sheet.getColumn(1).font = { bold: true };
}

function groupsSheet(book: ExcelJS.Workbook, plan: AgreementPlan) {
  const sheet = book.addWorksheet('Kelompok');
  sheet.columns = [20, 8, 14, 22, 14, 12, 16, 16, 18, 12, 50].map((width) => ({ width }));
  addRows(sheet, [['Kelompok', 'Skema', 'Kelas risiko', 'Dasar upah', 'Upah (Rp)', 'Target', 'Iuran/orang/bulan', 'Per bulan', 'Total', 'Tertanggung', 'Aturan']]);
  addRows(sheet, plan.groups.map((g) => [
    g.name, g.scheme.toUpperCase(), g.riskClass ? RISK_TEXT[g.riskClass]! : '',
    g.wage.policy.kind === 'ump' ? `UMP ${g.wage.provinceName ?? g.wage.policy.provinceCode} ${g.wage.policy.year}` : g.wage.policy.kind === 'fixed' ? 'upah per orang' : 'penghasilan dilaporkan',
    g.wage.amount, g.headcount, g.perHeadMonthly, g.monthly, g.total, g.quota.carried,
    g.lines.map(planLineText).join('; '),
  ]));
  for (const col of [5, 7, 8, 9]) sheet.getColumn(col).numFmt = MONEY;
  sheet.getRow(1).font = { bold: true };
}

function monthsSheet(book: ExcelJS.Workbook, plan: AgreementPlan) {
  const sheet = book.addWorksheet('Per bulan');
  sheet.columns = [18, 18, 20, 14].map((width) => ({ width }));
  addRows(sheet, [['Bulan', 'Iuran (Rp)', 'Kumulatif (Rp)', 'Tertanggung']]);
  addRows(sheet, plan.byMonth.map((m) => [monthText(m.month), m.total, m.cumulative, m.isCovered ? 'ya' : 'tidak']));
  for (const col of [2, 3]) sheet.getColumn(col).numFmt = MONEY;
  sheet.getRow(1).font = { bold: true };
}

export async function renderPlanXlsx(a: Agreement, plan: AgreementPlan, tenantName: string, generatedAt: Date): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Lindung';
  book.created = generatedAt;
  summarySheet(book, a, plan, tenantName);
  groupsSheet(book, plan);
  monthsSheet(book, plan);
  return Buffer.from(await book.xlsx.writeBuffer());
}
