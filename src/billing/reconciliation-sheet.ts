/**
 * The error sheet of a reconciliation: every row that is not `cocok`, as BPJS's file had it, followed by
 * its status and reason in the reader's language, what Lindung recorded as paid, what BPJS received and the
 * difference (for `selisih`), and its row number in the file. Text cells go through `neutraliseFormula`;
 * the download is audited (an export).
 */
import ExcelJS from 'exceljs';
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../auth/actor';
import type { Db } from '../db/database';
import type { ReconciliationOutcome } from '../db/schema';
import { translate, type Lang } from '../i18n/messages';
import { neutraliseFormula } from '../spreadsheet/spreadsheet-safe';
import { loadReconciliation } from './reconciliation.service';
import * as repo from './reconciliation.repository';

const WORDS = {
  id: {
    sheet: 'Perlu diperiksa', status: 'status', reason: 'alasan', expected: 'tercatat dibayar (Lindung)', received: 'diterima BPJS (jumlah)',
    difference: 'selisih', row: 'baris', column: 'kolom',
    statuses: { cocok: 'Cocok', selisih: 'Jumlah berbeda', 'tidak-cocok': 'Tidak ditemukan', 'tidak-valid': 'Tidak valid' },
  },
  en: {
    sheet: 'To check', status: 'status', reason: 'reason', expected: 'recorded as paid (Lindung)', received: 'received by BPJS (total)',
    difference: 'difference', row: 'row', column: 'column',
    statuses: { cocok: 'Matched', selisih: 'Amount differs', 'tidak-cocok': 'Not found', 'tidak-valid': 'Invalid' },
  },
} as const satisfies Record<Lang, { statuses: Record<ReconciliationOutcome, string> } & Record<string, unknown>>;

export async function reconciliationErrorSheet(db: Db, ctx: RequestContext, tenantCode: string, id: number, lang: Lang = 'id') {
  const r = await loadReconciliation(db, ctx, tenantCode, id);
  const rows = await repo.listRows(db, tenantCode, id, ['selisih', 'tidak-cocok', 'tidak-valid']);
  const w = WORDS[lang];
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(w.sheet);
  const added = [w.status, w.reason, w.expected, w.received, w.difference, w.row];
  sheet.columns = [...r.headers.map((h, i) => h || `${w.column} ${i + 1}`), ...added].map((h, i) => ({
    header: neutraliseFormula(h), width: i === r.headers.length + 1 ? 60 : 20, style: i >= r.headers.length + 2 ? {} : { numFmt: '@' },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const x of rows) {
    const cells = [...x.raw];
    while (cells.length < r.headers.length) cells.push('');
    const money = (v: number | null) => (v === null ? null : Number(v));
    const expected = x.outcome === 'selisih' ? money(x.expected) : null;
    const received = x.outcome === 'selisih' ? money(x.received_total) : null;
    sheet.addRow([
      ...cells.slice(0, r.headers.length).map(neutraliseFormula), w.statuses[x.outcome], translate(x.reason ?? '', lang),
      expected, received, expected === null || received === null ? null : received - expected, x.row_no,
    ]);
  }
  await recordAudit(db, ctx, { action: 'reconciliation.errors', entity: 'reconciliation', entityId: id, tenantCode, details: { ref: r.file_name, rows: rows.length } });
  return { fileName: `rekonsiliasi-${id}-perlu-diperiksa.xlsx`, body: Buffer.from(await book.xlsx.writeBuffer()), rows: rows.length };
}
