/**
 * Pure calendar helpers on ISO strings: dates 'YYYY-MM-DD' and months 'YYYY-MM'.
 * Owns date validity, month arithmetic and day arithmetic. No `Date`, no clock: time is always an
 * argument, so every computation is reproducible (a billing run in 2030 gives the 2026 answer for 2026).
 */
import { DomainError } from './errors';

/** 'YYYY-MM-DD'. ISO dates compare correctly as strings, which rule lookups rely on. */
export type IsoDate = string;
/** 'YYYY-MM'. */
export type IsoMonth = string;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * True when the day exists and 'YYYY-MM-DD' can write it (year 0–9999): the same answer as
 * isValidDate(formatDate(year, month, day)), without building and re-parsing the string.
 */
export function isExistingDay(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && year >= 0 && year <= 9999 && Number.isInteger(month) && month >= 1 && month <= 12
    && Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

export function formatDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function formatMonth(year: number, month: number): IsoMonth {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** True when `text` is 'YYYY-MM-DD' and the day exists (2023-02-29 does not). */
export function isValidDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  return match !== null && isExistingDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function isValidMonth(text: string): boolean {
  const match = MONTH_PATTERN.exec(text);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

/** Returns `text` as an IsoDate or throws DATE_INVALID naming the offending field. */
export function assertDate(text: string, field = 'date'): IsoDate {
  if (!isValidDate(text)) throw new DomainError('DATE_INVALID', 'invalid', { field, value: text });
  return text;
}

export function assertMonth(text: string, field = 'month'): IsoMonth {
  if (!isValidMonth(text)) throw new DomainError('MONTH_INVALID', 'invalid', { field, value: text });
  return text;
}

function splitDate(date: IsoDate): [number, number, number] {
  const [year, month, day] = assertDate(date).split('-').map(Number);
  return [year ?? 0, month ?? 0, day ?? 0];
}

/** 'YYYY-MM' of a date. */
export function monthOf(date: IsoDate): IsoMonth {
  return assertDate(date).slice(0, 7);
}

/** The 1st of a month: rules for a month are evaluated on this day. */
export function firstDayOf(month: IsoMonth): IsoDate {
  return `${assertMonth(month)}-01`;
}

export function addMonthsToMonth(month: IsoMonth, count: number): IsoMonth {
  const [year, mon] = assertMonth(month).split('-').map(Number);
  const index = (year ?? 0) * 12 + ((mon ?? 1) - 1) + count;
  return formatMonth(Math.floor(index / 12), (index % 12) + 1);
}

/** Adds calendar months; the day is clamped to the month's end (2024-01-31 + 1 → 2024-02-29). */
export function addMonths(date: IsoDate, count: number): IsoDate {
  const [year, month, day] = splitDate(date);
  const target = addMonthsToMonth(formatMonth(year, month), count);
  const [ty, tm] = target.split('-').map(Number);
  return formatDate(ty ?? 0, tm ?? 0, Math.min(day, daysInMonth(ty ?? 0, tm ?? 0)));
}

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
function toDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return formatDate(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

export function addDays(date: IsoDate, count: number): IsoDate {
  return fromDayNumber(toDayNumber(...splitDate(date)) + count);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(...splitDate(to)) - toDayNumber(...splitDate(from));
}
