import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addMonthsToMonth, assertDate, assertMonth, daysBetween, daysInMonth, firstDayOf, isValidDate, isValidMonth, monthOf } from './calendar';

describe('isValidDate', () => {
  // Rule lookups compare ISO strings, so only canonical, existing dates may pass.
  it.each([
    ['2024-02-29', true], // leap year
    ['2023-02-29', false], // not a leap year
    ['1900-02-29', false], // century rule: 1900 is not leap
    ['2000-02-29', true], // 400-year rule: 2000 is leap
    ['2025-04-31', false],
    ['2025-12-31', true],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-1-01', false], // not canonical
    ['', false],
  ])('%s → %s', (text, expected) => expect(isValidDate(text)).toBe(expected));
});

describe('month arithmetic', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'], // clamp to the end of a leap February
    ['2025-01-31', 1, '2025-02-28'],
    ['2025-11-15', 2, '2026-01-15'], // crosses a year
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-01-01', -13, '2023-12-01'],
  ])('addMonths(%s, %i) = %s', (date, count, expected) => expect(addMonths(date, count)).toBe(expected));

  it.each([
    ['2025-12', 1, '2026-01'],
    ['2026-01', -1, '2025-12'],
    ['2025-01', 24, '2027-01'],
  ])('addMonthsToMonth(%s, %i) = %s', (month, count, expected) => expect(addMonthsToMonth(month, count)).toBe(expected));

  it('monthOf / firstDayOf', () => {
    expect(monthOf('2026-04-17')).toBe('2026-04');
    expect(firstDayOf('2026-04')).toBe('2026-04-01');
  });

  it.each([[2024, 2, 29], [2023, 2, 28], [2025, 4, 30], [2025, 12, 31]])('daysInMonth(%i, %i) = %i', (y, m, d) =>
    expect(daysInMonth(y, m)).toBe(d),
  );
});

describe('day arithmetic', () => {
  // Tests of rule boundaries need "the day before" exactly, across month, year and leap days.
  it.each([
    ['2026-01-01', -1, '2025-12-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-03-01', -1, '2024-02-29'],
    ['1970-01-01', 0, '1970-01-01'],
    ['1969-12-31', 1, '1970-01-01'],
    ['2000-02-28', 366, '2001-02-28'],
  ])('addDays(%s, %i) = %s', (date, count, expected) => expect(addDays(date, count)).toBe(expected));

  it('daysBetween counts whole days', () => {
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(daysBetween('2024-03-01', '2024-02-01')).toBe(-29);
  });
});

describe('guards', () => {
  it('assertDate / assertMonth throw coded errors naming the field', () => {
    expect(() => assertDate('2025-02-30', 'on')).toThrow(expect.objectContaining({ code: 'DATE_INVALID', details: { field: 'on', value: '2025-02-30' } }));
    expect(() => assertMonth('2025-13')).toThrow(expect.objectContaining({ code: 'MONTH_INVALID' }));
    expect(isValidMonth('2025-12')).toBe(true);
  });
});
