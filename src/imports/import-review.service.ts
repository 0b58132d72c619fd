/**
 * Reviewing a staged batch before approval: its view, its rows page by page (reasons and warnings in the
 * caller's language, fuzzy candidates), and the error sheet to download, fix and upload again. NIKs are
 * masked unless the caller may and asks to see them (audit-logged); the error sheet holds full NIKs
 * (the office must correct them), so it is an export of personal data: permitted roles only, audited.
 * Once the retention purge has removed a batch's rows, both answer 410 Gone with the purge date.
 */
import type { Writable } from 'node:stream';
import type { RequestContext } from '../auth/actor';
import { recordAudit } from '../audit/audit.service';
import { hasPermission } from '../auth/roles';
import type { Db } from '../db/database';
import { DomainError } from '../domain/errors';
import { maskNik } from '../domain/nik';
import type { Lang } from '../i18n/messages';
import { batchView } from './batch-view';
import { writeErrorSheet, type SheetRow } from './error-sheet';
import * as batches from './import-batch.repository';
import { assertRowsKept } from './import-retention.service';
import type { Issue } from './import.types';
import { requireBatch } from './imports.service';
import { describeIssue } from './row-issues';

export async function getImportBatch(db: Db, ctx: RequestContext, tenantCode: string, id: number, lang: Lang) {
  return batchView(await requireBatch(db, ctx, tenantCode, id), lang);
}

export interface RowsQuery { status?: batches.RowStatusFilter; after: number; limit: number; revealNik?: boolean }

export async function listImportRows(db: Db, ctx: RequestContext, tenantCode: string, id: number, q: RowsQuery, lang: Lang) {
  const batch = await requireBatch(db, ctx, tenantCode, id);
  assertRowsKept(batch);
  const reveal = !!q.revealNik && hasPermission(ctx.actor.role, 'nik:full');
  const rows = await batches.listRows(db, tenantCode, id, q.status, q.after, q.limit);
  if (reveal && rows.length) await recordAudit(db, ctx, { action: 'import.rows.nik.view', entity: 'import_batch', entityId: id, tenantCode, details: { rows: rows.map((r) => r.row_no) } });
  const headerOf = (field: string) => { const i = batch.column_map[field]; return i === undefined ? null : (batch.headers[i] || null); };
  const nikColumn = batch.column_map.nik;
  const describe = (issues: Issue[] | null) => (issues ?? []).map((i) => ({ column: i.column ?? null, code: i.code, message: describeIssue(i, lang, headerOf) }));
  return {
    items: rows.map((r) => ({
      rowNo: r.row_no, status: r.status, nik: r.nik === null ? null : reveal ? r.nik : maskNik(r.nik), name: r.name, birthDate: r.birth_date, sex: r.sex,
      villageCode: r.village_code, opdId: r.opd_id, wage: r.wage, income: r.income, occupation: r.occupation, position: r.position,
      reasons: describe(r.reasons), warnings: describe(r.warnings),
      cells: r.raw ? r.raw.map((c, i) => (i === nikColumn && !reveal ? maskNik(c) : c)) : null,
      matches: r.matches ?? [],
    })),
    nextAfter: rows.length === q.limit ? rows.at(-1)!.row_no : null,
  };
}

async function* problemRows(db: Db, tenantCode: string, id: number): AsyncGenerator<SheetRow> {
  for (let after = 0; ;) {
    const page = await batches.listRows(db, tenantCode, id, 'problem', after, 2_000);
    for (const r of page) {
      yield {
        rowNo: r.row_no, raw: r.raw, reasons: r.reasons,
        values: { nik: r.nik, name: r.name, birth_date: r.birth_date, sex: r.sex, village: r.village_code, phone: r.phone,
          opd: r.opd_name, position: r.position, wage: r.wage, occupation: r.occupation, income: r.income },
      };
    }
    if (page.length < 2_000) return;
    after = page.at(-1)!.row_no;
  }
}

/**
 * Checks access (scope, `nik:full`), audits the export, and returns the writer that streams the sheet —
 * so a refusal is an HTTP error, not a half-written download.
 */
export async function openErrorSheet(db: Db, ctx: RequestContext, tenantCode: string, id: number, lang: Lang = 'id') {
  const batch = await requireBatch(db, ctx, tenantCode, id);
  if (!hasPermission(ctx.actor.role, 'nik:full')) throw new DomainError('IMPORT_EXPORT_FORBIDDEN', 'forbidden');
  assertRowsKept(batch);
  await recordAudit(db, ctx, { action: 'import.errors.export', entity: 'import_batch', entityId: id, tenantCode, details: { rows: batch.rejected + batch.dup_in_file + batch.dup_in_registry } });
  return {
    fileName: `${batch.file_name.replace(/\.[^.]+$/, '')}-ditolak.xlsx`,
    write: (out: Writable) => writeErrorSheet(out, { headers: batch.headers, columnMap: batch.column_map }, problemRows(db, tenantCode, id), lang),
  };
}

/** The same sheet from inside the staging transaction (the CLI writes it there, dry runs included). */
export async function writeErrorSheetInTx(tx: Db, tenantCode: string, id: number, out: Writable): Promise<number> {
  const batch = (await batches.findBatch(tx, tenantCode, id))!;
  return writeErrorSheet(out, { headers: batch.headers, columnMap: batch.column_map }, problemRows(tx, tenantCode, id), 'id');
}
