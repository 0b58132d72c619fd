/**
 * The audit log as an XLSX an inspector can file: one row per entry, the action as a sentence, the details
 * as "field: value" lines, the time on the clock of the entry's regency ("30 November 2026 14.05 WITA";
 * installation-wide entries on WIB). Every text cell goes through the formula-injection guard: usernames
 * typed at the login form end up here and must never execute.
 */
import ExcelJS from 'exceljs';
import { printedAt } from '../documents/document-format';
import type { Lang } from '../i18n/messages';
import { neutraliseFormula } from '../spreadsheet/spreadsheet-safe';

export interface AuditSheetRow {
  at: Date; actor: string | null; summary: string; entity: string; entityId: string | null;
  tenantCode: string | null; tenantName: string | null; ip: string | null; changes: string[];
}

const HEADERS: Record<Lang, string[]> = {
  id: ['Waktu', 'Pengguna', 'Tindakan', 'Catatan', 'Kabupaten/Kota', 'Alamat IP', 'Rincian'],
  en: ['Time', 'User', 'Action', 'Record', 'Regency/city', 'IP address', 'Details'],
};

export async function renderAuditXlsx(rows: AuditSheetRow[], lang: Lang, generatedAt: Date): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Lindung';
  book.created = generatedAt;
  const sheet = book.addWorksheet(lang === 'id' ? 'Log audit' : 'Audit log');
  sheet.columns = [26, 22, 48, 20, 26, 16, 60].map((width) => ({ width, style: { numFmt: '@' } }));
  sheet.addRow(HEADERS[lang]).font = { bold: true };
  for (const r of rows) {
    sheet.addRow([
      printedAt(r.tenantCode ?? '', r.at), r.actor ?? '–', r.summary, [r.entity, r.entityId].filter(Boolean).join(' #'),
      r.tenantName ?? '–', r.ip ?? '–', r.changes.join('\n'),
    ].map(neutraliseFormula));
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}
