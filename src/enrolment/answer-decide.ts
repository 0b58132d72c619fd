/**
 * What each row of BPJS's answer does, decided for the whole file before anything is written, so every
 * row is accounted for: activated, refused (BPJS's reason kept), unmatched (the NIK is in no open batch
 * of this regency), invalid (unreadable NIK or status, KPJ not 11 digits or held by another person, a
 * coverage date outside the PKS or before the start asked), or duplicate (a NIK repeated in the file, or
 * an answer already applied — which is why importing the same answer again changes nothing).
 */
import type { AnswerOutcome } from '../db/schema';
import type { AnswerRow } from './answer-rows';

export interface Submitted {
  id: number; nik: string; status: string; kpj: string | null; starts_on: string; batch_id: number | null;
  periodStart: string; periodEnd: string;
}

export interface Decision { row: AnswerRow; outcome: Exclude<AnswerOutcome, 'unchanged'>; reason: string | null; participation: Submitted | null }

export function decideAnswer(rows: readonly AnswerRow[], submitted: readonly Submitted[], kpjOwners: ReadonlyMap<string, string>): Decision[] {
  const owners = new Map(kpjOwners);
  return rows.map((row): Decision => {
    if (row.problem) return { row, outcome: row.problem === 'ANSWER_DUPLICATE_ROW' ? 'duplicate' : 'invalid', reason: row.problem, participation: null };
    const mine = submitted.filter((s) => s.nik === row.nik);
    const open = mine.find((s) => s.status === 'diajukan');
    if (!open) {
      const last = mine[mine.length - 1];
      const same = last && ((row.status === 'accepted' && last.status === 'aktif' && last.kpj === row.kpj) || (row.status === 'refused' && last.status === 'ditolak'));
      return same ? { row, outcome: 'duplicate', reason: 'ANSWER_ALREADY_APPLIED', participation: last } : { row, outcome: 'unmatched', reason: 'ANSWER_UNMATCHED', participation: null };
    }
    if (row.status === 'refused') return { row, outcome: 'refused', reason: null, participation: open };
    const owner = owners.get(row.kpj!);
    if (owner !== undefined && owner !== row.nik) return { row, outcome: 'invalid', reason: 'ANSWER_KPJ_TAKEN', participation: open };
    const from = row.coverageFrom!;
    if (from < open.periodStart || from > open.periodEnd) return { row, outcome: 'invalid', reason: 'ANSWER_DATE_OUTSIDE_PKS', participation: open };
    if (from < open.starts_on) return { row, outcome: 'invalid', reason: 'ANSWER_DATE_BEFORE_START', participation: open };
    owners.set(row.kpj!, row.nik!);
    return { row, outcome: 'activated', reason: null, participation: open };
  });
}

export function countOutcomes(decisions: readonly Decision[]) {
  const n = (o: Decision['outcome']) => decisions.filter((d) => d.outcome === o).length;
  return { rows: decisions.length, activated: n('activated'), refused: n('refused'), unmatched: n('unmatched'), invalid: n('invalid'), duplicates: n('duplicate') };
}
