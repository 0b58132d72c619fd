/**
 * Rules of a contribution bill that do not need the database: its due date (PP 44/2015: PU by the 15th of
 * the following month, BPU by the 15th of the month itself, paid in advance — both moved to the next
 * working day), its status from dates until payments settle it, and the months of a period.
 * Day and month offset are rule rows (`payment.<scheme>.due-day`, `…due-month-offset`), never literals.
 */
import { addMonthsToMonth, assertMonth, daysBetween, daysInMonth, formatDate, type IsoDate, type IsoMonth } from './calendar';
import type { Scheme } from './contribution.types';
import { citeRule, requireValueAt, type RuleCitation, type RuleLookup } from './rule-lookup';
import { nextWorkingDay, type WorkingCalendar } from './working-days';

export interface DueDate {
  /** The day the rules give, before moving it off a weekend or holiday. */
  readonly nominal: IsoDate;
  readonly dueOn: IsoDate;
  readonly rules: readonly RuleCitation[];
}

/** The day the rules name (clamped to the month's end), the month evaluated on its 1st. */
export function nominalDueDate(scheme: Scheme, month: IsoMonth, book: RuleLookup): { date: IsoDate; rules: RuleCitation[] } {
  const on = `${assertMonth(month)}-01`;
  const day = requireValueAt(book, `payment.${scheme}.due-day`, on, 'day-of-month');
  const offset = requireValueAt(book, `payment.${scheme}.due-month-offset`, on, 'months');
  const [year, mon] = addMonthsToMonth(month, offset.value).split('-').map(Number) as [number, number];
  return { date: formatDate(year, mon, Math.min(day.value, daysInMonth(year, mon))), rules: [citeRule(day), citeRule(offset)] };
}

export function dueDateOf(scheme: Scheme, month: IsoMonth, book: RuleLookup, cal: WorkingCalendar): DueDate {
  const { date, rules } = nominalDueDate(scheme, month, book);
  return { nominal: date, dueOn: nextWorkingDay(cal, date), rules };
}

/** Statuses a bill has from dates alone; payments adds `lunas` and `kurang-bayar` from what was paid. */
export type BillDateStatus = 'terbit' | 'belum-bayar' | 'lewat-jatuh-tempo';

/**
 * `terbit` (issued) while the due date is more than DUE_SOON_DAYS away, `belum-bayar` (to be paid) in the
 * last days up to and including the due date, `lewat-jatuh-tempo` after it. The window is the one the
 * Beranda warns in ("due within 7 days") — a screen policy, not a regulation.
 */
export const DUE_SOON_DAYS = 7;

export function billStatusOn(dueOn: IsoDate, today: IsoDate): BillDateStatus {
  const left = daysBetween(today, dueOn);
  if (left < 0) return 'lewat-jatuh-tempo';
  return left <= DUE_SOON_DAYS ? 'belum-bayar' : 'terbit';
}

/** Every month from `from` to `to` inclusive (empty when `to` is earlier). */
export function monthsFromTo(from: IsoMonth, to: IsoMonth): IsoMonth[] {
  const months: IsoMonth[] = [];
  for (let m = assertMonth(from); m <= assertMonth(to); m = addMonthsToMonth(m, 1)) months.push(m);
  return months;
}

/** The last day of a month. */
export function lastDayOf(month: IsoMonth): IsoDate {
  const [year, mon] = assertMonth(month).split('-').map(Number) as [number, number];
  return formatDate(year, mon, daysInMonth(year, mon));
}
