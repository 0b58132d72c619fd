/**
 * Taking back BPJS's answer to registration batches (issue #11 §3): a CSV or XLSX with, per NIK, the KPJ
 * and coverage date BPJS gave, or its refusal with a reason. Headers are matched like the imports'
 * (template `jawaban-bpjs`, aliases as data). Every row is accounted for (answer-decide.ts) and kept with
 * its outcome; the unusable rows come back as an error sheet. The same file twice is one answer (its
 * SHA-256): the second import answers with the first's counts and changes nothing. Dinas and BPJS may
 * upload; one answer of a regency at a time (the enrolment lock).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { groupTerms } from '../agreements/agreement-groups.service';
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../auth/actor';
import { authorizeTenant } from '../auth/scope.service';
import type { Db } from '../db/database';
import type { AnswerColumn } from '../db/schema';
import { DomainError, notFound } from '../domain/errors';
import { translate, type Lang } from '../i18n/messages';
import { hashFile } from '../imports/file-hash';
import { FILE_LIMITS } from '../imports/import-rules';
import { HEADER_SEARCH_ROWS } from '../spreadsheet/header-search';
import type { Cell } from '../spreadsheet/spreadsheet.types';
import { openRowReader } from '../spreadsheet/row-reader';
import { neutraliseFormula } from '../spreadsheet/spreadsheet-safe';
import * as answers from './answer.repository';
import { countOutcomes, decideAnswer, type Decision, type Submitted } from './answer-decide';
import { isAnswerHeader, mapAnswerHeaders, readAnswerRow, type AnswerRow } from './answer-rows';
import * as assign from './assignment.repository';
import * as exchange from './exchange.repository';
import './enrolment.messages';

async function readAnswerFile(filePath: string, columns: AnswerColumn[]) {
  const size = (await fs.stat(filePath)).size;
  const reader = await openRowReader(filePath, size, { isHeader: isAnswerHeader(columns), zip: FILE_LIMITS.zip });
  const rows: AnswerRow[] = [];
  const seen = new Set<string>();
  let header: { cells: Cell[]; index: ReturnType<typeof mapAnswerHeaders>['index'] } | null = null;
  let firstRow: Cell[] | null = null;
  try {
    scan: for await (const chunk of reader.rows) {
      for (const r of chunk) {
        if (!header) {
          firstRow ??= r.cells;
          const mapped = mapAnswerHeaders(columns, r.cells);
          if (!mapped.missing.length) header = { cells: r.cells, index: mapped.index };
          else if (r.rowNo >= HEADER_SEARCH_ROWS) break scan;
          continue;
        }
        if (r.cells.every((c) => c === null || String(c).trim() === '')) continue;
        rows.push(readAnswerRow(r.rowNo, r.cells, header.index, seen));
      }
    }
  } finally {
    reader.close();
  }
  if (!header) throw new DomainError('ANSWER_HEADERS', 'invalid', { field: 'file', missing: mapAnswerHeaders(columns, firstRow ?? []).missing.join(', ') });
  if (!rows.length) throw new DomainError('ANSWER_EMPTY', 'invalid', { field: 'file' });
  return { format: reader.format, headers: header.cells.map((c) => (c === null ? '' : String(c))), rows };
}

async function submittedFor(db: Db, tenantCode: string, niks: string[]): Promise<Submitted[]> {
  const rows = await answers.submittedOf(db, tenantCode, niks);
  const groups = new Map((await groupTerms(db, tenantCode, { groupIds: [...new Set(rows.map((r) => r.group_id))] })).map((g) => [g.groupId, g]));
  return rows.map((r) => ({ ...r, periodStart: groups.get(r.group_id)?.periodStart ?? r.starts_on, periodEnd: groups.get(r.group_id)?.periodEnd ?? r.coverage_to }));
}

export interface AnswerResult {
  answerId: number; rows: number; activated: number; refused: number; unmatched: number; invalid: number; duplicates: number;
  alreadyImported: boolean; fileName: string;
}

async function apply(tx: Db, ctx: RequestContext, tenantCode: string, decisions: Decision[]) {
  const activated = decisions.filter((d) => d.outcome === 'activated');
  const refused = decisions.filter((d) => d.outcome === 'refused');
  await answers.activate(tx, tenantCode, activated.map((d) => ({ id: d.participation!.id, kpj: d.row.kpj!, from: d.row.coverageFrom! })));
  await answers.refuse(tx, tenantCode, refused.map((d) => ({ id: d.participation!.id, reason: d.row.reason ?? '-' })));
  const actor = { id: ctx.actor.userId, username: ctx.actor.username };
  await answers.insertAnswerHistory(tx, tenantCode, 'aktif', activated.map((d) => ({ id: d.participation!.id, batchId: d.participation!.batch_id!, changes: { kpj: d.row.kpj, coverageFrom: d.row.coverageFrom } })), actor);
  await answers.insertAnswerHistory(tx, tenantCode, 'ditolak', refused.map((d) => ({ id: d.participation!.id, batchId: d.participation!.batch_id!, changes: { reason: d.row.reason } })), actor);
  await answers.closeAnsweredBatches(tx, tenantCode);
}

export async function importAnswer(db: Db, ctx: RequestContext, tenantCode: string, file: { path: string; name: string }): Promise<AnswerResult> {
  await authorizeTenant(db, ctx.actor, tenantCode, 'enrolment:exchange');
  const sha256 = await hashFile(file.path);
  const earlier = await answers.findAnswerBySha(db, tenantCode, sha256);
  if (earlier) return toResult(earlier, true);
  const template = await exchange.currentTemplate(db, 'answer');
  const columns = template.columns as unknown as AnswerColumn[];
  const read = await readAnswerFile(file.path, columns);
  const id = await db.transaction().execute(async (tx) => {
    await assign.lockRegency(tx, tenantCode);
    // the same file uploaded twice at once: the later one finds the earlier under the lock
    const raced = await answers.findAnswerBySha(tx, tenantCode, sha256);
    if (raced) return raced.id;
    const niks = [...new Set(read.rows.flatMap((r) => (r.nik ? [r.nik] : [])))];
    const kpjs = [...new Set(read.rows.flatMap((r) => (r.kpj ? [r.kpj] : [])))];
    const owners = new Map((await answers.kpjHolders(tx, tenantCode, kpjs)).map((h) => [h.kpj!, h.nik]));
    const decisions = decideAnswer(read.rows, await submittedFor(tx, tenantCode, niks), owners);
    await apply(tx, ctx, tenantCode, decisions);
    const counts = countOutcomes(decisions);
    const answerId = await answers.insertAnswer(tx, {
      tenantCode, fileName: path.basename(file.name), sha256, format: read.format, template, headers: read.headers, counts,
      actorId: ctx.actor.userId, actorUsername: ctx.actor.username,
    });
    await answers.insertAnswerRows(tx, tenantCode, answerId, decisions.map((d) => ({
      rowNo: d.row.rowNo, nik: d.row.nik, kpj: d.row.kpj, coverageFrom: d.row.coverageText, status: d.row.statusText, reason: d.row.reason,
      outcome: d.outcome, outcomeReason: d.reason, participationId: d.participation?.id ?? null, raw: d.row.raw,
    })));
    await recordAudit(tx, ctx, { action: 'enrolment.answer.import', entity: 'enrolment_answer', entityId: answerId, tenantCode, details: { file: file.name, sha256, ...counts } });
    return answerId;
  });
  const stored = await answers.findAnswer(db, tenantCode, id);
  return toResult(stored!, false);
}

function toResult(a: NonNullable<Awaited<ReturnType<typeof answers.findAnswer>>>, alreadyImported: boolean): AnswerResult {
  return {
    answerId: a.id, rows: a.rows, activated: a.activated, refused: a.refused, unmatched: a.unmatched, invalid: a.invalid, duplicates: a.duplicates,
    alreadyImported, fileName: a.file_name,
  };
}

export async function getAnswer(db: Db, ctx: RequestContext, tenantCode: string, id: number, lang: Lang = 'id') {
  await authorizeTenant(db, ctx.actor, tenantCode, 'enrolment:exchange');
  const a = await answers.findAnswer(db, tenantCode, id);
  if (!a) throw notFound('enrolment_answer', id);
  const rows = await answers.listAnswerRows(db, tenantCode, id);
  await recordAudit(db, ctx, { action: 'enrolment.answer.view', entity: 'enrolment_answer', entityId: id, tenantCode });
  return {
    ...toResult(a, false), createdAt: a.created_at.toISOString(), createdBy: a.created_by_username,
    items: rows.map((r) => ({ rowNo: r.row_no, nik: r.nik, kpj: r.kpj, outcome: r.outcome, reason: r.outcome_reason ? translate(r.outcome_reason, lang) : r.answer_reason, participationId: r.participation_id })),
  };
}

export async function listAnswers(db: Db, ctx: RequestContext, tenantCode: string) {
  await authorizeTenant(db, ctx.actor, tenantCode, 'enrolment:exchange');
  return { items: (await answers.listAnswers(db, tenantCode, 100)).map((a) => ({ ...toResult(a, false), createdAt: a.created_at.toISOString(), createdBy: a.created_by_username })) };
}

/** The rows that did nothing (unmatched, invalid, duplicate) as typed, with `alasan` and `baris`, as XLSX. */
export async function answerErrorSheet(db: Db, ctx: RequestContext, tenantCode: string, id: number, lang: Lang = 'id'): Promise<{ fileName: string; body: Buffer; rows: number }> {
  await authorizeTenant(db, ctx.actor, tenantCode, 'enrolment:exchange');
  const a = await answers.findAnswer(db, tenantCode, id);
  if (!a) throw notFound('enrolment_answer', id);
  const rows = await answers.listAnswerRows(db, tenantCode, id, ['unmatched', 'invalid', 'duplicate']);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(lang === 'id' ? 'Tidak diterapkan' : 'Not applied');
  const headers = [...a.headers, 'alasan', 'baris'];
  sheet.columns = headers.map((h, i) => ({ header: neutraliseFormula(h || `kolom ${i + 1}`), width: i === headers.length - 2 ? 60 : 18, style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    const cells = [...(r.raw as string[])];
    while (cells.length < a.headers.length) cells.push('');
    sheet.addRow([...cells.map(neutraliseFormula), translate(r.outcome_reason ?? '', lang), String(r.row_no)]);
  }
  await recordAudit(db, ctx, { action: 'enrolment.answer.errors', entity: 'enrolment_answer', entityId: id, tenantCode, details: { rows: rows.length } });
  return { fileName: `jawaban-${id}-tidak-diterapkan.xlsx`, body: Buffer.from(await book.xlsx.writeBuffer()), rows: rows.length };
}
