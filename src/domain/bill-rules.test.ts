import { describe, expect, it } from 'vitest';
import { createRuleBook } from '../regulation/rule-book';
import { SEED_RULES as RULE_SEED } from '../regulation/rules.seed';
import { billStatusOn, dueDateOf, lastDayOf, monthsFromTo, nominalDueDate } from './bill-rules';
import type { WorkingCalendar } from './working-days';

const book = createRuleBook(RULE_SEED);
// 2025 holidays near due dates: Idul Fitri break (31 Mar – 7 Apr), 17 Aug (fixed), 25/26 Dec.
const cal: WorkingCalendar = {
  dates: new Set(['2025-03-31', '2025-04-01', '2025-04-02', '2025-04-03', '2025-04-04', '2025-04-07', '2025-12-26']),
  fixed: [{ monthDay: '08-17', fromYear: 1953 }, { monthDay: '12-25', fromYear: 1953 }],
};

describe('due dates (PP 44/2015): PU the 15th of the following month, BPU the 15th of the month itself', () => {
  it.each([
    ['pu', '2025-01', '2025-02-15', '2025-02-17'], // Saturday → Monday
    ['pu', '2025-02', '2025-03-15', '2025-03-17'], // Saturday → Monday
    ['pu', '2025-04', '2025-05-15', '2025-05-15'], // a Thursday: stays
    ['pu', '2025-12', '2026-01-15', '2026-01-15'], // crosses the year
    ['bpu', '2025-01', '2025-01-15', '2025-01-15'], // paid in advance, a Wednesday
    ['bpu', '2025-03', '2025-03-15', '2025-03-17'], // Saturday → Monday
    ['bpu', '2025-06', '2025-06-15', '2025-06-16'], // Sunday → Monday
    ['bpu', '2025-11', '2025-11-15', '2025-11-17'],
  ] as const)('%s %s: nominal %s, due %s', (scheme, month, nominal, due) => {
    const d = dueDateOf(scheme, month, book, cal);
    expect(d).toMatchObject({ nominal, dueOn: due });
    expect(d.rules.map((r) => r.rule)).toEqual([`payment.${scheme}.due-day@2015-07-01`, `payment.${scheme}.due-month-offset@2015-07-01`]);
  });

  it('a due date on a holiday moves past it (the day a holiday list puts on the 15th)', () => {
    const withHoliday: WorkingCalendar = { ...cal, dates: new Set([...cal.dates, '2025-05-15', '2025-05-16']) };
    expect(dueDateOf('pu', '2025-04', book, withHoliday).dueOn).toBe('2025-05-19'); // Thu, Fri off, weekend → Monday
  });

  it('the nominal date comes from rule rows, so a rule with another day would move it', () => {
    const custom = createRuleBook([...RULE_SEED.filter((r) => r.key !== 'payment.pu.due-day'),
      { id: 'x', key: 'payment.pu.due-day', value: 31, unit: 'day-of-month', effectiveFrom: '2015-07-01', effectiveTo: null, legalBasis: 't', confidence: 'confirmed' }]);
    expect(nominalDueDate('pu', '2025-01', custom).date).toBe('2025-02-28'); // clamped to February's end
  });
});

describe('billStatusOn', () => {
  it.each([
    ['2025-02-17', '2025-02-01', 'terbit'],
    ['2025-02-17', '2025-02-09', 'terbit'], // 8 days left
    ['2025-02-17', '2025-02-10', 'belum-bayar'], // 7 days left
    ['2025-02-17', '2025-02-17', 'belum-bayar'], // the due date itself is still in time
    ['2025-02-17', '2025-02-18', 'lewat-jatuh-tempo'],
  ] as const)('due %s, today %s → %s', (due, today, status) => expect(billStatusOn(due, today)).toBe(status));
});

describe('months', () => {
  it('monthsFromTo and lastDayOf', () => {
    expect(monthsFromTo('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsFromTo('2025-03', '2025-02')).toEqual([]);
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
  });
});
