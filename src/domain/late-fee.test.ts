import { describe, expect, it } from 'vitest';
import { lateFee, monthsLate } from './late-fee';

describe('monthsLate: started months after the due date', () => {
  it.each([
    ['2025-02-17', '2025-02-10', 0],
    ['2025-02-17', '2025-02-17', 0], // paid on the due date is on time
    ['2025-02-17', '2025-02-18', 1],
    ['2025-02-17', '2025-03-17', 1],
    ['2025-02-17', '2025-03-18', 2],
    ['2025-01-31', '2025-02-28', 1], // month end clamps (31 Jan + 1 month = 28 Feb)
    ['2025-01-31', '2025-03-01', 2],
  ])('due %s, paid %s → %d', (dueOn, paidOn, months) => expect(monthsLate(dueOn, paidOn)).toBe(months));
});

describe('lateFee: 2% per month of delay, from the payment date, only when the PKS switch is on', () => {
  const dueOn = '2025-02-17';
  it.each([
    ['switched off (PP 44/2015: not for penyelenggara negara by default)', null, [{ amount: 1_000_000, paidOn: '2025-05-01' }], 0, '2025-05-01', 0],
    ['paid on time', 200, [{ amount: 1_000_000, paidOn: '2025-02-17' }], 0, '2025-06-01', 0],
    ['paid 1 day late: one month', 200, [{ amount: 1_000_000, paidOn: '2025-02-18' }], 0, '2025-06-01', 20_000],
    ['paid in the third month', 200, [{ amount: 1_000_000, paidOn: '2025-04-20' }], 0, '2025-06-01', 60_000],
    ['part on time, part late', 200, [{ amount: 600_000, paidOn: '2025-02-01' }, { amount: 400_000, paidOn: '2025-03-01' }], 0, '2025-06-01', 8_000],
    ['unpaid rest accrues to today', 200, [{ amount: 600_000, paidOn: '2025-02-01' }], 400_000, '2025-03-20', 16_000],
    ['rounded half up per piece', 200, [{ amount: 25, paidOn: '2025-02-18' }], 0, '2025-06-01', 1], // 0.5 → 1
  ])('%s', (_name, rateBp, paid, outstanding, today, fee) => {
    expect(lateFee({ dueOn, paid, outstanding, today, rateBp })).toBe(fee);
  });
});
