/**
 * Reading BPJS's answer file row by row, without the database: which template field each header holds
 * (matched like the imports' headers: case, spacing and punctuation ignored), and what each row says —
 * accepted with a KPJ and a coverage date, refused with a reason, or unusable (and why). Rows that repeat
 * a NIK already answered earlier in the file are duplicates. Matching against the open batches happens
 * in enrolment-answer.service.ts.
 */
import type { AnswerColumn } from '../db/schema';
import { cellText, parseDateCell, parseNikCell } from '../imports/cell-parse';
import { normalizeHeader } from '../imports/header-map';
import type { Cell } from '../spreadsheet/spreadsheet.types';

export type AnswerField = 'nik' | 'kpj' | 'coverage_from' | 'status' | 'reason';

export function mapAnswerHeaders(columns: readonly AnswerColumn[], cells: readonly Cell[]) {
  const byAlias = new Map(columns.flatMap((c) => c.aliases.map((a) => [normalizeHeader(a), c.field as AnswerField] as const)));
  const index: Partial<Record<AnswerField, number>> = {};
  cells.forEach((cell, i) => {
    const field = byAlias.get(normalizeHeader(cellText(cell)));
    if (field && index[field] === undefined) index[field] = i;
  });
  const missing = columns.filter((c) => c.required && index[c.field as AnswerField] === undefined).map((c) => c.aliases[0]!);
  return { index, missing };
}

/** A row is the header when it names the NIK and the status. */
export const isAnswerHeader = (columns: readonly AnswerColumn[]) => (cells: readonly Cell[]) => mapAnswerHeaders(columns, cells).missing.length === 0;

const ACCEPTED = new Set(['diterima', 'terima', 'aktif', 'berhasil', 'sukses', 'accepted', 'ok']);
const REFUSED = new Set(['ditolak', 'tolak', 'gagal', 'rejected', 'refused']);

/** Why a row cannot be applied (a message code in enrolment.messages.ts). */
export type RowProblem = 'ANSWER_NIK_INVALID' | 'ANSWER_STATUS_UNKNOWN' | 'ANSWER_KPJ_INVALID' | 'ANSWER_DATE_INVALID' | 'ANSWER_DUPLICATE_ROW';

export interface AnswerRow {
  rowNo: number; raw: string[]; nik: string | null; kpj: string | null; coverageFrom: string | null; coverageText: string | null;
  status: 'accepted' | 'refused' | null; statusText: string | null; reason: string | null; problem: RowProblem | null;
}

export function readAnswerRow(rowNo: number, cells: readonly Cell[], index: Partial<Record<AnswerField, number>>, seen: Set<string>): AnswerRow {
  const at = (f: AnswerField) => (index[f] === undefined ? null : (cells[index[f]] ?? null));
  const text = (f: AnswerField) => cellText(at(f)) || null;
  const nikParsed = parseNikCell(at('nik'));
  const nik = nikParsed.ok && /^\d{16}$/.test(nikParsed.value) ? nikParsed.value : null;
  const statusText = text('status');
  const s = statusText?.toLowerCase() ?? '';
  const status = ACCEPTED.has(s) ? 'accepted' : REFUSED.has(s) ? 'refused' : null;
  const kpj = text('kpj')?.replace(/[\s.-]/g, '').replace(/^'/, '') ?? null;
  const date = parseDateCell(at('coverage_from'));
  const coverageFrom = date.ok ? date.value : null;
  let problem: RowProblem | null = null;
  if (!nik) problem = 'ANSWER_NIK_INVALID';
  else if (seen.has(nik)) problem = 'ANSWER_DUPLICATE_ROW';
  else if (!status) problem = 'ANSWER_STATUS_UNKNOWN';
  else if (status === 'accepted' && !/^\d{11}$/.test(kpj ?? '')) problem = 'ANSWER_KPJ_INVALID';
  else if (status === 'accepted' && !coverageFrom) problem = 'ANSWER_DATE_INVALID';
  if (nik) seen.add(nik);
  return {
    rowNo, raw: cells.map((c) => cellText(c)), nik, kpj, coverageFrom, coverageText: text('coverage_from'), status, statusText,
    reason: text('reason'), problem,
  };
}
