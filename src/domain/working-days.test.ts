import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import { addWorkingDays, dayOfWeek, isWorkingDay, nextWorkingDay, type WorkingCalendar } from './working-days';

// Idul Fitri 2025 (31 Mar, 1 Apr), its cuti bersama (2–4, 7 Apr) and fixed 17 Aug (from 1953) and 1 Jun (from 2017).
const CAL: WorkingCalendar = {
  dates: new Set(['2025-03-31', '2025-04-01', '2025-04-02', '2025-04-03', '2025-04-04', '2025-04-07']),
  fixed: [{ monthDay: '08-17', fromYear: 1953 }, { monthDay: '06-01', fromYear: 2017 }],
};

describe('dayOfWeek', () => {
  it.each([['1970-01-01', 4], ['2025-03-15', 6], ['2025-03-16', 0], ['2025-03-17', 1], ['2024-02-29', 4]])('%s → %i', (d, w) =>
    expect(dayOfWeek(d)).toBe(w));
});

describe('isWorkingDay', () => {
  it.each([
    ['2025-03-14', true], // Friday
    ['2025-03-15', false], // Saturday
    ['2025-03-16', false], // Sunday
    ['2025-04-03', false], // cuti bersama Idul Fitri
    ['2025-04-08', true],
    ['2026-08-17', false], // fixed-date holiday, any later year (a Monday)
    ['2016-06-01', true], // Pancasila Day became a holiday only in 2017 (a Wednesday in 2016)
    ['2017-06-01', false],
  ])('%s → %s', (d, expected) => expect(isWorkingDay(CAL, d)).toBe(expected));
});

describe('nextWorkingDay (a due date that falls on a day off moves on)', () => {
  it.each([
    ['2025-04-15', '2025-04-15'], // a Tuesday: stays
    ['2025-03-15', '2025-03-17'], // Saturday → Monday
    ['2025-03-29', '2025-04-08'], // Saturday, Sunday, Idul Fitri, cuti bersama, weekend, cuti bersama → Tuesday
    ['2025-08-17', '2025-08-18'], // 17 Aug 2025 is a Sunday
    ['2026-08-15', '2026-08-18'], // Saturday, Sunday, Monday 17 Aug → Tuesday
  ])('%s → %s', (d, expected) => expect(nextWorkingDay(CAL, d)).toBe(expected));

  it('refuses a calendar without working days instead of looping', () => {
    const everyDay = Array.from({ length: 12 * 31 }, (_, i) => ({ monthDay: `${String(Math.floor(i / 31) + 1).padStart(2, '0')}-${String((i % 31) + 1).padStart(2, '0')}`, fromYear: 0 }));
    expect(() => nextWorkingDay({ dates: new Set(), fixed: everyDay }, '2025-01-01')).toThrow(DomainError);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2025-03-27', 0, '2025-03-27'],
    ['2025-03-27', 1, '2025-03-28'], // Thursday + 1 → Friday
    ['2025-03-27', 2, '2025-04-08'], // then the whole Idul Fitri break
    ['2025-03-15', 1, '2025-03-17'], // from a Saturday the 1st working day after is the Monday
    ['2025-03-15', 0, '2025-03-17'], // 0: the day itself moved to a working day
    ['2025-03-17', 7, '2025-03-26'], // the claim SLA's "7 working days"
  ])('%s + %i → %s', (d, n, expected) => expect(addWorkingDays(CAL, d, n)).toBe(expected));

  it('refuses a negative count', () => expect(() => addWorkingDays(CAL, '2025-01-02', -1)).toThrow(DomainError));
});
