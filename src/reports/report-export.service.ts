/**
 * `lindung reports export` and GET /api/v1/reports/export: any report — coverage, budget, claims, or the
 * monthly report to the Bupati — of the nation, a province or a regency, as PDF or XLSX. Checks the kind,
 * format and month, then the region against the caller's report scope (report-scope.ts: outside it, 404
 * as if it did not exist), builds one ReportDocument, renders it, and writes the export to the audit log.
 */
import { recordAudit } from '../audit/audit.service';
import { clockOf, type RequestContext } from '../auth/actor';
import { todayIn } from '../clock/clock';
import type { Db } from '../db/database';
import { dateText, monthText, printedAt } from '../documents/document-format';
import { DomainError } from '../domain/errors';
import { reportYear } from './coverage.service';
import { monthlyReport } from './monthly-report.service';
import { coverageDocument } from './report-export-coverage';
import { issuerOf, regionInfo, type ReportLevel } from './report-export-common';
import { budgetDocument, budgetRollup, claimsDocument, claimsRollup, exampleOf } from './report-export-money';
import { renderReportPdf } from './report-export-pdf';
import { renderReportXlsx } from './report-export-xlsx';
import type { ReportDocument } from './report-export.types';
import { authorizeRegion } from './report-scope';
import './reports.messages';

export const REPORT_KINDS = ['coverage', 'budget', 'claims', 'monthly'] as const;
export const REPORT_FORMATS = ['pdf', 'xlsx'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ExportQuery { report: string; format: string; region?: string | null; year?: number; month?: string }
export interface ReportFile {
  report: ReportKind; region: string | null; level: ReportLevel; format: ReportFormat; year: number; month: string | null;
  filename: string; contentType: string; content: Buffer; rows: number;
}

const TITLE: Record<ReportKind, string> = {
  coverage: 'Laporan Cakupan Kepesertaan Jaminan Sosial Ketenagakerjaan', budget: 'Laporan Anggaran dan Realisasi Iuran',
  claims: 'Laporan Klaim dan Manfaat', monthly: 'Laporan Bulanan Program Jaminan Sosial Ketenagakerjaan',
};
const FILE_WORD: Record<ReportKind, string> = { coverage: 'cakupan', budget: 'anggaran', claims: 'klaim', monthly: 'laporan-bulanan' };
export const CONTENT_TYPE: Record<ReportFormat, string> = { pdf: 'application/pdf', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

const isKind = (v: string): v is ReportKind => (REPORT_KINDS as readonly string[]).includes(v);
const isFormat = (v: string): v is ReportFormat => (REPORT_FORMATS as readonly string[]).includes(v);
const slug = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export function parseMonth(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12 || Number(m[1]) < 2000 || Number(m[1]) > 2100) throw new DomainError('REPORT_MONTH', 'invalid', { field: 'month' });
  return month;
}

/** The monthly report's month: the one asked, else December of the year asked (this month in a running year). */
function monthOf(q: ExportQuery, today: string): string {
  if (q.month !== undefined) return parseMonth(q.month);
  return q.year === undefined || String(q.year) === today.slice(0, 4) ? today.slice(0, 7) : `${q.year}-12`;
}

/** "Bupati Nagekeo" / "Wali Kota Kupang": to whom the monthly report goes. */
const headOf = (regencyName: string) => (regencyName.startsWith('Kota ') ? `Wali Kota ${regencyName.slice(5)}` : `Bupati ${regencyName.replace(/^Kabupaten /, '')}`);

/** The checks that need no database (the CLI runs them before opening one). */
export function checkExportQuery(q: ExportQuery): { report: ReportKind; format: ReportFormat } {
  if (!isKind(q.report)) throw new DomainError('REPORT_KIND', 'invalid', { field: 'report', report: q.report });
  if (!isFormat(q.format)) throw new DomainError('REPORT_FORMAT', 'invalid', { field: 'format', format: q.format });
  if (q.month !== undefined) parseMonth(q.month);
  return { report: q.report, format: q.format };
}

export async function exportReport(db: Db, ctx: RequestContext, query: ExportQuery): Promise<ReportFile> {
  const q = { ...query, ...checkExportQuery(query) };
  const code = !q.region || q.region.toUpperCase() === 'ID' ? null : q.region;
  await authorizeRegion(db, ctx.actor, code);
  const region = await regionInfo(db, code);
  const today = todayIn(clockOf(ctx), code ?? '31');
  const month = q.report === 'monthly' ? monthOf(q, today) : q.month !== undefined ? parseMonth(q.month) : null;
  const year = month ? Number(month.slice(0, 4)) : reportYear(ctx, code, q.year);
  if (q.year !== undefined && q.year !== year) throw new DomainError('REPORT_MONTH', 'invalid', { field: 'month' });
  if ((q.report === 'monthly') && region.level !== 'regency') throw new DomainError('REPORT_MONTHLY_REGENCY', 'invalid', { field: 'region' });

  const built = q.report === 'coverage' ? await coverageDocument(db, ctx, region, year)
    : q.report === 'monthly' ? await monthlyReport(db, ctx, code!, month!)
    : { ...(await (region.level === 'regency' ? (q.report === 'budget' ? budgetDocument : claimsDocument)(db, ctx, code!, year)
      : (q.report === 'budget' ? budgetRollup : claimsRollup)(db, ctx, region, year))), sources: [] };
  const issuer = await issuerOf(db, region, year);
  const now = clockOf(ctx).now();
  const doc: ReportDocument = {
    title: TITLE[q.report], regionName: region.name, issuer,
    period: `${q.report === 'monthly' ? `Bulan ${monthText(month!)}` : `Tahun ${year}`} (keadaan per ${dateText(today)})`,
    sections: q.report === 'monthly' ? [{ title: `Kepada Yth. ${headOf(region.name)}`, paragraphs: [] }, ...built.sections] : built.sections,
    sources: built.sources, example: 'example' in built ? built.example : await exampleOf(db, ctx, region, year),
    printedAt: printedAt(code ?? '31', now),
    signature: q.report === 'monthly' ? { place: region.name.replace(/^(Kabupaten|Kota) /, ''), date: dateText(today), role: `Kepala ${issuer.office}`, office: issuer.government } : undefined,
  };
  const content = q.format === 'pdf' ? await renderReportPdf(doc) : await renderReportXlsx(doc, now);
  const period = month ?? String(year);
  await recordAudit(db, ctx, {
    action: 'report.export', entity: 'report', entityId: `${q.report}:${code ?? 'ID'}:${period}`, tenantCode: region.level === 'regency' ? code : null,
    details: { report: q.report, region: code, year, month, format: q.format, rows: built.rows, bytes: content.length },
  });
  return {
    report: q.report, region: code, level: region.level, format: q.format, year, month, rows: built.rows, content, contentType: CONTENT_TYPE[q.format],
    filename: `${FILE_WORD[q.report]}-${slug(region.name)}-${period}.${q.format}`,
  };
}
