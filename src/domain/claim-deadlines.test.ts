/**
 * Deadline arithmetic over weekends and holidays (the calendar is data; here a hand-made one), and the
 * late-payment penalty: 1% of the benefit per calendar day past the 7th working day (PP 44/2015 art. 37).
 */
import { describe, expect, it } from 'vitest';
import { createDefaultRuleBook } from '../regulation/default-rule-book';
import { claimDeadlines, type DeadlineInput } from './claim-deadlines';
import { addWorkingDays, type WorkingCalendar } from './working-days';

const BOOK = createDefaultRuleBook();
// 2025: 29 May (Ascension), 30 May (cuti bersama), 6 June (Idul Adha), 9 June (cuti bersama) off
const CAL: WorkingCalendar = { dates: new Set(['2025-05-29', '2025-05-30', '2025-06-06', '2025-06-09']), fixed: [] };
const add = (date: string, n: number) => addWorkingDays(CAL, date, n);
const claim = (over: Partial<DeadlineInput>): DeadlineInput => ({
  workAccident: true, incidentDate: '2025-05-26', status: 'diajukan', submittedOn: '2025-05-27', paidOn: null, benefit: 10_000_000, ...over,
});

describe('claimDeadlines', () => {
  it.each([
    // submitted Tue 27 May: 28 (1), [29, 30 off, weekend], 2–5 June (5), [6 off, weekend, 9 off], 10, 11 (7)
    ['2025-05-27', '2025-06-11'],
    // submitted Fri 6 June (a holiday itself): counting starts the next working day
    ['2025-06-06', '2025-06-18'],
    // submitted on a Friday with no holiday after: the weekend is skipped
    ['2025-06-13', '2025-06-24'],
  ])('BPJS pays within 7 working days of %s → %s', (submittedOn, due) => {
    const d = claimDeadlines(claim({ submittedOn }), submittedOn, add, BOOK).find((x) => x.code === 'bpjs-payment');
    expect(d?.due).toBe(due);
  });

  it('paid on time: not overdue, no penalty; paid 3 days late: 3% of the benefit', () => {
    const onTime = claimDeadlines(claim({ status: 'dibayar', paidOn: '2025-06-11' }), '2025-12-31', add, BOOK)[1]!;
    expect([onTime.overdue, onTime.latePenalty]).toEqual([false, 0]);
    const late = claimDeadlines(claim({ status: 'dibayar', paidOn: '2025-06-14' }), '2025-12-31', add, BOOK)[1]!;
    expect([late.overdue, late.daysLate, late.latePenalty]).toEqual([true, 3, 300_000]);
  });

  it('unpaid: the delay runs until today', () => {
    const open = claimDeadlines(claim({ status: 'disetujui' }), '2025-06-21', add, BOOK)[1]!;
    expect([open.daysLate, open.latePenalty, open.metOn]).toEqual([10, 1_000_000, null]);
  });

  it('the 2 × 24 h report applies to work accidents only, and a rejected claim has no payment deadline', () => {
    expect(claimDeadlines(claim({ workAccident: false }), '2025-06-01', add, BOOK).map((d) => d.code)).toEqual(['bpjs-payment']);
    expect(claimDeadlines(claim({ status: 'ditolak' }), '2025-06-01', add, BOOK).map((d) => [d.code, d.due, d.confidence])).toEqual([['report-bpjs', '2025-05-28', 'unconfirmed']]);
  });
});
