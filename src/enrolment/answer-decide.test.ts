/**
 * BPJS's answer, one fixture per kind of row (issue #11 §3): every row ends up activated, refused,
 * unmatched, invalid or duplicate — with the reason — and nothing is applied twice.
 */
import { describe, expect, it } from 'vitest';
import { countOutcomes, decideAnswer, type Submitted } from './answer-decide';
import { mapAnswerHeaders, readAnswerRow } from './answer-rows';

const COLUMNS = [
  { field: 'nik', aliases: ['nik', 'no_identitas'], required: true }, { field: 'kpj', aliases: ['kpj', 'no_kpj'], required: false },
  { field: 'coverage_from', aliases: ['tanggal_kepesertaan'], required: false }, { field: 'status', aliases: ['status'], required: true },
  { field: 'reason', aliases: ['alasan'], required: false },
];
const A = '5316011208850001';
const B = '5316011208850002';
const open = (nik: string, id: number, startsOn = '2025-12-01'): Submitted => ({ id, nik, status: 'diajukan', kpj: null, starts_on: startsOn, batch_id: 9, periodStart: '2025-01-01', periodEnd: '2025-12-31' });

function decide(cells: (string | number | null)[], submitted: Submitted[] = [open(A, 1)], owners = new Map<string, string>()) {
  const { index } = mapAnswerHeaders(COLUMNS, ['No. Identitas', 'NO_KPJ', 'Tanggal Kepesertaan', 'STATUS', 'Alasan']);
  const row = readAnswerRow(2, cells, index, new Set());
  return decideAnswer([row], submitted, owners)[0]!;
}

describe('answer rows', () => {
  it.each([
    ['accepted → activated', [A, '26000000001', '01-12-2025', 'diterima', null], 'activated', null],
    ['refused → refused (reason kept)', [A, null, null, 'ditolak', 'NIK tidak padu dengan Dukcapil'], 'refused', null],
    ['NIK not in an open batch → unmatched', [B, '26000000001', '01-12-2025', 'diterima', null], 'unmatched', 'ANSWER_UNMATCHED'],
    ['NIK not 16 digits → invalid', ['53160112', '26000000001', '01-12-2025', 'diterima', null], 'invalid', 'ANSWER_NIK_INVALID'],
    ['status not diterima/ditolak → invalid', [A, '26000000001', '01-12-2025', 'pending', null], 'invalid', 'ANSWER_STATUS_UNKNOWN'],
    ['KPJ not 11 digits → invalid', [A, '2600000001', '01-12-2025', 'diterima', null], 'invalid', 'ANSWER_KPJ_INVALID'],
    ['coverage date missing → invalid', [A, '26000000001', null, 'diterima', null], 'invalid', 'ANSWER_DATE_INVALID'],
    ['coverage date outside the PKS → invalid', [A, '26000000001', '01-01-2026', 'diterima', null], 'invalid', 'ANSWER_DATE_OUTSIDE_PKS'],
    ['coverage date before the start submitted → invalid', [A, '26000000001', '15-11-2025', 'diterima', null], 'invalid', 'ANSWER_DATE_BEFORE_START'],
  ] as const)('%s', (_case, cells, outcome, reason) => {
    const d = decide([...cells]);
    expect([d.outcome, d.reason]).toEqual([outcome, reason]);
    if (outcome === 'refused') expect(d.row.reason).toBe('NIK tidak padu dengan Dukcapil');
  });

  it('a KPJ already held by another person → invalid', () => {
    const d = decide([A, '26000000001', '01-12-2025', 'diterima', null], [open(A, 1)], new Map([['26000000001', B]]));
    expect([d.outcome, d.reason]).toEqual(['invalid', 'ANSWER_KPJ_TAKEN']);
  });

  it('the same KPJ given to two people in one file: the second is invalid', () => {
    const { index } = mapAnswerHeaders(COLUMNS, ['nik', 'kpj', 'tanggal_kepesertaan', 'status']);
    const seen = new Set<string>();
    const rows = [readAnswerRow(2, [A, '26000000001', '2025-12-01', 'diterima'], index, seen), readAnswerRow(3, [B, '26000000001', '2025-12-01', 'diterima'], index, seen)];
    expect(decideAnswer(rows, [open(A, 1), open(B, 2)], new Map()).map((d) => d.reason)).toEqual([null, 'ANSWER_KPJ_TAKEN']);
  });

  it('a NIK repeated in the file → duplicate; an answer already applied → duplicate, and counts add up', () => {
    const { index } = mapAnswerHeaders(COLUMNS, ['nik', 'kpj', 'tanggal_kepesertaan', 'status']);
    const seen = new Set<string>();
    const rows = [
      readAnswerRow(2, [A, '26000000001', '2025-12-01', 'diterima'], index, seen),
      readAnswerRow(3, [A, '26000000001', '2025-12-01', 'diterima'], index, seen),
      readAnswerRow(4, [B, '26000000002', '2025-12-01', 'diterima'], index, seen),
    ];
    const done: Submitted = { ...open(B, 2), status: 'aktif', kpj: '26000000002' };
    const decisions = decideAnswer(rows, [open(A, 1), done], new Map([['26000000002', B]]));
    expect(decisions.map((d) => [d.outcome, d.reason])).toEqual([['activated', null], ['duplicate', 'ANSWER_DUPLICATE_ROW'], ['duplicate', 'ANSWER_ALREADY_APPLIED']]);
    expect(countOutcomes(decisions)).toEqual({ rows: 3, activated: 1, refused: 0, unmatched: 0, invalid: 0, duplicates: 2 });
  });

  it('matches headers as the imports do and names the required ones missing', () => {
    expect(mapAnswerHeaders(COLUMNS, ['No Identitas', 'Status']).missing).toEqual([]);
    expect(mapAnswerHeaders(COLUMNS, ['KPJ', 'Alasan']).missing).toEqual(['nik', 'status']);
  });
});
