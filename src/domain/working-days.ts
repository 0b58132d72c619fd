/**
 * Working days over a holiday calendar (REGULATIONS.md §8): Saturday and Sunday are never working days,
 * nor is a date the calendar lists. A due date that falls on a day off moves to the next working day.
 * The calendar is a value (loaded by src/calendar for a range of dates): fixed-date holidays apply to
 * every year from their first year; movable ones are only known for the dates that were entered.
 */
import { addDays, assertDate, daysBetween, type IsoDate } from './calendar';
import { DomainError } from './errors';

export interface WorkingCalendar {
  /** Movable holidays (and cuti bersama counted as days off) by date. */
  readonly dates: ReadonlySet<IsoDate>;
  /** Fixed-date holidays: 'MM-DD' and the first year they apply. */
  readonly fixed: readonly { readonly monthDay: string; readonly fromYear: number }[];
}

export const EMPTY_CALENDAR: WorkingCalendar = { dates: new Set(), fixed: [] };

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function dayOfWeek(date: IsoDate): number {
  return (((daysBetween('1970-01-01', date) + 4) % 7) + 7) % 7;
}

export function isHoliday(cal: WorkingCalendar, date: IsoDate): boolean {
  if (cal.dates.has(date)) return true;
  const monthDay = date.slice(5);
  const year = Number(date.slice(0, 4));
  return cal.fixed.some((f) => f.monthDay === monthDay && year >= f.fromYear);
}

export function isWorkingDay(cal: WorkingCalendar, date: IsoDate): boolean {
  const dow = dayOfWeek(assertDate(date));
  return dow !== 0 && dow !== 6 && !isHoliday(cal, date);
}

// A calendar with more consecutive days off than this is a data error (Idul Fitri + cuti bersama + a
// weekend is about 10 days); failing beats looping.
const MAX_DAYS_OFF = 60;

/** `date` itself when it is a working day, else the first working day after it. */
export function nextWorkingDay(cal: WorkingCalendar, date: IsoDate): IsoDate {
  let day = assertDate(date);
  for (let i = 0; i <= MAX_DAYS_OFF; i++) {
    if (isWorkingDay(cal, day)) return day;
    day = addDays(day, 1);
  }
  throw new DomainError('CALENDAR_NO_WORKING_DAY', 'invalid', { from: date, days: MAX_DAYS_OFF });
}

/**
 * The n-th working day after `date` (deadlines "within 7 working days"); n = 0 gives nextWorkingDay.
 * Counting starts the day after, so from a Saturday the 1st working day is the Monday.
 */
export function addWorkingDays(cal: WorkingCalendar, date: IsoDate, n: number): IsoDate {
  if (!Number.isSafeInteger(n) || n < 0) throw new DomainError('CALENDAR_DAYS_INVALID', 'invalid', { days: n });
  if (n === 0) return nextWorkingDay(cal, date);
  let day = assertDate(date);
  for (let i = 0; i < n; i++) day = nextWorkingDay(cal, addDays(day, 1));
  return day;
}
