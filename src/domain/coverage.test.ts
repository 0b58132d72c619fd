import { describe, expect, it } from 'vitest';
import { coverageVerdict, type CoverageInput } from './coverage';

// A PU month of February 2025: bill due 2025-03-17; grace given per case.
const base: CoverageInput = {
  on: '2025-02-10', active: true, insidePks: true, monthStatus: 'lunas', dueOn: '2025-03-17', graceMonths: 1,
};

describe('coverageVerdict (issue #12 item 5)', () => {
  it.each([
    ['paid month, active', {}, 'active-paid', [], false],
    ['before coverage started', { active: false }, 'not-covered', ['COVERAGE_NOT_ACTIVE'], false],
    ['outside the PKS', { insidePks: false, active: false }, 'not-covered', ['COVERAGE_OUTSIDE_PKS', 'COVERAGE_NOT_ACTIVE'], false],
    ['unpaid, before the due date', { monthStatus: 'belum-bayar' }, 'active-unpaid-grace', ['COVERAGE_MONTH_UNPAID'], true],
    ['unpaid, within PU grace of one month', { monthStatus: 'belum-bayar', on: '2025-04-17' }, 'active-unpaid-grace', ['COVERAGE_MONTH_UNPAID'], true],
    ['unpaid, after PU grace', { monthStatus: 'belum-bayar', on: '2025-04-18' }, 'not-covered', ['COVERAGE_MONTH_UNPAID', 'COVERAGE_GRACE_ENDED'], true],
    ['part paid counts as unpaid', { monthStatus: 'kurang-bayar', on: '2025-04-18' }, 'not-covered', ['COVERAGE_MONTH_PART_PAID', 'COVERAGE_GRACE_ENDED'], true],
    ['BPU: no grace, the day after the due date', { monthStatus: 'belum-bayar', graceMonths: 0, dueOn: '2025-02-17', on: '2025-02-18' }, 'not-covered', ['COVERAGE_MONTH_UNPAID', 'COVERAGE_GRACE_ENDED'], true],
    ['BPU: unpaid until its due date (paid in advance)', { monthStatus: 'belum-bayar', graceMonths: 0, dueOn: '2025-02-17', on: '2025-02-17' }, 'active-unpaid-grace', ['COVERAGE_MONTH_UNPAID'], true],
    ['month not billed yet', { monthStatus: 'not-billed' }, 'active-unpaid-grace', ['COVERAGE_MONTH_NOT_BILLED'], true],
  ] as const)('%s', (_name, change, verdict, reasons, unconfirmed) => {
    const answer = coverageVerdict({ ...base, ...change });
    expect(answer.verdict).toBe(verdict);
    expect(answer.reasons).toEqual(reasons);
    expect(answer.unconfirmed).toBe(unconfirmed);
  });
});
