/**
 * Reading one cell as offices type it. Pure and total: every input gives a value or a coded issue, never
 * an exception (the fuzz tests hold us to that). Owns the formats: dates (DD/MM/YYYY, DD-MM-YYYY,
 * YYYY-MM-DD, Excel serials, "12 Januari 1985"), sex (L/P/Laki-laki/Perempuan/M/F), money ("2.186.826",
 * "Rp 2.186.826,00", "2186826"), NIK cells (text, leading apostrophe, Excel-mangled numbers), phones.
 */
import { addDays, formatDate, isExistingDay, type IsoDate } from '../domain/calendar';
import { normalizeNik, type Sex } from '../domain/nik';
import type { Cell, Issue, Parsed } from './import.types';

const ok = <T>(value: T, warning?: Issue): Parsed<T> => (warning ? { ok: true, value, warning } : { ok: true, value });
/** An empty cell: one shared (immutable) result rather than a new object for every blank optional cell. */
const EMPTY: Parsed<null> = Object.freeze({ ok: true, value: null });
const fail = <T>(code: string, params?: Record<string, string | number>): Parsed<T> => ({ ok: false, issue: { code, ...(params ? { params } : {}) } });

/** Two whitespace characters in a row, or any whitespace other than a plain space. */
const NEEDS_COLLAPSE = /\s\s|[^\S ]/;

/** The cell as text, as a person would read it (numbers without exponent where exact). */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return Number.isFinite(cell) ? (Number.isInteger(cell) && Math.abs(cell) < 1e21 ? cell.toFixed(0) : String(cell)) : '';
  const text = String(cell);
  // Fast path (a million cells per import): only text with a run of spaces or a tab/newline/NBSP needs the
  // collapsing replace; testing allocates nothing.
  return NEEDS_COLLAPSE.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

export const isBlank = (cell: Cell) => cellText(cell) === '';

/** Optional free text, trimmed; null when empty. Longer than `max` is an issue, not a silent cut. */
export function parseText(cell: Cell, max = 200): Parsed<string | null> {
  const text = cellText(cell);
  if (!text) return EMPTY;
  return text.length > max ? fail('TEXT_TOO_LONG', { max }) : ok(text);
}

const SCIENTIFIC = /^\d+(?:[.,]\d+)?e\+?\d+$/i;
const DIGITS_AND_GROUPING = /^[\d\s.-]+$/;
// Excel keeps 15 significant digits: a 16-digit NIK stored as a number always ends in 0 there.
const EXCEL_DIGITS = 15;

/**
 * The NIK cell as digits (checked further by domain/nik.ts parseNik). A NIK that Excel turned into a
 * number has lost its last digit(s): the row is rejected with how to keep the column as text.
 */
export function parseNikCell(cell: Cell): Parsed<string> {
  if (typeof cell === 'number') {
    const digits = Number.isSafeInteger(cell) && cell > 0 ? String(cell) : '';
    // 16 digits not ending in 0 cannot have passed through Excel's 15-digit precision: the digits are intact.
    if (digits.length === 16 && !digits.endsWith('0')) return ok(digits, { code: 'NIK_STORED_AS_NUMBER' });
    return fail('NIK_EXCEL_NUMBER', { shown: digits.length > EXCEL_DIGITS || !digits ? cell.toExponential(5).toUpperCase() : digits });
  }
  const text = normalizeNik(cellText(cell));
  if (!text) return fail('NIK_REQUIRED');
  if (SCIENTIFIC.test(text)) return fail('NIK_EXCEL_NUMBER', { shown: text });
  // Digits typed in groups ("5316 0112 8500 0001", "5316.0112.8500.0001") are still the NIK.
  const compact = DIGITS_AND_GROUPING.test(text) ? text.replace(/[\s.-]/g, '') : text;
  return ok(compact);
}

const MONTHS = new Map<string, number>(Object.entries({
  jan: 1, januari: 1, january: 1, feb: 2, februari: 2, pebruari: 2, february: 2, peb: 2, mar: 3, maret: 3, march: 3,
  apr: 4, april: 4, mei: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7, agu: 8, agt: 8, ags: 8,
  agus: 8, agust: 8, agustus: 8, aug: 8, august: 8, sep: 9, sept: 9, september: 9, okt: 10, oktober: 10, oct: 10,
  october: 10, nov: 11, nop: 11, november: 11, nopember: 11, des: 12, desember: 12, dec: 12, december: 12,
}));

/** Excel's day number: 1 = 1900-01-01, with Lotus's phantom 1900-02-29 as day 60. */
export function excelSerialToDate(serial: number): IsoDate | null {
  const day = Math.floor(serial);
  if (!Number.isFinite(serial) || day < 1 || day > 2_958_465 || day === 60) return null;
  return addDays('1899-12-31', day < 60 ? day : day - 1);
}

/** A two-digit year becomes the latest year not after `on` (a birth date is never in the future). */
function fullYear(yy: string, on: IsoDate | undefined): { year: number; guessed: boolean } {
  if (yy.length === 4) return { year: Number(yy), guessed: false };
  const current = on ? Number(on.slice(0, 4)) : 2000;
  const year = 2000 + Number(yy) <= current ? 2000 + Number(yy) : 1900 + Number(yy);
  return { year, guessed: true };
}

function dateFrom(year: number, month: number, day: number, guessed: boolean, raw: string): Parsed<IsoDate> {
  if (!isExistingDay(year, month, day)) return fail('DATE_INVALID', { value: raw });
  const date = formatDate(year, month, day);
  return guessed ? ok(date, { code: 'DATE_TWO_DIGIT_YEAR', params: { value: raw, date } }) : ok(date);
}

// Date shapes, built once (a RegExp literal in the function body is a new object on every call)
const MIDNIGHT_SUFFIX = /\s+(?:00:00(?::00)?(?:\.0+)?)$/;
const ISO_MIDNIGHT_SUFFIX = /t00:00:00(?:\.0+)?z?$/;
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/;
const MONTH_NAME = /^(\d{1,2})[\s.-]*([a-z]+)\.?[\s.,-]*(\d{4}|\d{2})$/;
const SERIAL = /^\d{4,5}$/;

export function parseDateCell(cell: Cell, on?: IsoDate): Parsed<IsoDate | null> {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return fail('DATE_INVALID', { value: '' });
    return dateFrom(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate(), false, cellText(cell));
  }
  if (typeof cell === 'number') {
    const date = excelSerialToDate(cell);
    return date ? ok(date) : fail('DATE_INVALID', { value: cellText(cell) });
  }
  const raw = cellText(cell);
  if (!raw) return EMPTY;
  const lower = raw.toLowerCase();
  // A midnight time part ("1985-01-12 00:00:00", "…T00:00:00Z") is dropped; only text containing one is rewritten
  const text = lower.includes('00:00') ? lower.replace(MIDNIGHT_SUFFIX, '').replace(ISO_MIDNIGHT_SUFFIX, '') : lower;
  let m = YEAR_FIRST.exec(text);
  if (m) return dateFrom(Number(m[1]), Number(m[2]), Number(m[3]), false, raw);
  m = DAY_FIRST.exec(text);
  if (m) {
    const { year, guessed } = fullYear(m[3]!, on);
    return dateFrom(year, Number(m[2]), Number(m[1]), guessed, raw);
  }
  m = MONTH_NAME.exec(text);
  const month = m ? MONTHS.get(m[2]!) : undefined;
  if (m && month) {
    const { year, guessed } = fullYear(m[3]!, on);
    return dateFrom(year, month, Number(m[1]), guessed, raw);
  }
  // A date column exported to CSV as its Excel serial ("31058")
  if (SERIAL.test(text)) {
    const date = excelSerialToDate(Number(text));
    if (date && date >= '1900-01-01') return ok(date);
  }
  return fail('DATE_INVALID', { value: raw });
}

// Maps, not object literals: a cell reading "constructor" must not find Object.prototype's member
const SEXES = new Map<string, Sex>(Object.entries({
  l: 'L', lk: 'L', 'laki-laki': 'L', 'laki laki': 'L', lakilaki: 'L', laki: 'L', pria: 'L', m: 'L', male: 'L', 'laki-laki (l)': 'L',
  p: 'P', pr: 'P', perempuan: 'P', wanita: 'P', w: 'P', f: 'P', female: 'P', pere: 'P', 'perempuan (p)': 'P',
} as const));

export function parseSexCell(cell: Cell): Parsed<Sex | null> {
  const text = cellText(cell).toLowerCase().replace(/[.\s]+$/, '').replace(/\s+/g, ' ');
  if (!text) return EMPTY;
  const sex = SEXES.get(text);
  return sex ? ok(sex) : fail('SEX_INVALID', { value: cellText(cell) });
}

const MAX_MONEY = 1_000_000_000_000;
const PLAIN_DIGITS = /^\d{1,15}$/;
// Thousands groups; built once, not per cell (a RegExp per row cost ~1 µs)
const GROUPED_DOT = /^\d{1,3}(\.\d{3})+$/;
const GROUPED_COMMA = /^\d{1,3}(,\d{3})+$/;
const MONEY_TEXT = /^\d[\d.,]*$/;
const DECIMAL_TAIL = /^(.*\d)([.,])(\d{1,2})$/;
const NONZERO_DIGIT = /[1-9]/;
const CURRENCY_PREFIX = /^(rp|idr)\.?/;
const WHITESPACE = /\s+/g;
const DASH_FOR_CENTS = /[.,]-$/;

/** Whole rupiah from "2.186.826", "Rp 2.186.826,00", "2,186,826.00", "2186826" or a number cell. */
export function parseMoneyCell(cell: Cell): Parsed<number | null> {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 0 || cell > MAX_MONEY) return fail('MONEY_INVALID', { value: cellText(cell) });
    const rounded = Math.round(cell);
    return rounded === cell ? ok(cell) : ok(rounded, { code: 'MONEY_ROUNDED', params: { value: String(cell), rounded } });
  }
  const raw = cellText(cell);
  if (!raw) return EMPTY;
  // Fast path: plain digits (how most exports write wages) mean exactly what the general rules below say
  if (PLAIN_DIGITS.test(raw)) return Number(raw) > MAX_MONEY ? fail('MONEY_INVALID', { value: raw }) : ok(Number(raw));
  const text = raw.toLowerCase().replace(CURRENCY_PREFIX, '').replace(WHITESPACE, '').replace(DASH_FOR_CENTS, '');
  const whole = splitDecimal(text);
  if (!whole) return fail('MONEY_INVALID', { value: raw });
  const value = Number(whole.integer) + (Number(`0.${whole.fraction || '0'}`) >= 0.5 ? 1 : 0);
  if (!Number.isSafeInteger(value) || value > MAX_MONEY) return fail('MONEY_INVALID', { value: raw });
  return NONZERO_DIGIT.test(whole.fraction) ? ok(value, { code: 'MONEY_ROUNDED', params: { value: raw, rounded: value } }) : ok(value);
}

/** Indonesian "2.186.826,50" and English "2,186,826.50": the last separator followed by 1–2 digits is decimal. */
function splitDecimal(text: string): { integer: string; fraction: string } | null {
  if (!MONEY_TEXT.test(text)) return null;
  const decimal = DECIMAL_TAIL.exec(text);
  const body = decimal ? decimal[1]! : text;
  const fraction = decimal ? decimal[3]! : '';
  // The body is digits with '.' or ',' as thousands separator: never both, nor the decimal one
  const hasDot = body.includes('.');
  const hasComma = body.includes(',');
  if (hasDot && hasComma) return null;
  const sep = hasDot ? '.' : hasComma ? ',' : '';
  if (decimal && sep === decimal[2]) return null;
  if (sep && !(sep === '.' ? GROUPED_DOT : GROUPED_COMMA).test(body)) return null;
  return { integer: sep ? body.split(sep).join('') : body, fraction };
}

const PHONE_WITHOUT_ZERO = /^8\d{8,12}$/;
const PHONE = /^0\d{8,13}$/;

/** An Indonesian mobile/landline number as "08…"; a number cell lost its leading 0 ("81234…"). */
export function parsePhoneCell(cell: Cell): Parsed<string | null> {
  const raw = cellText(cell);
  if (!raw) return EMPTY;
  let digits = raw.replace(/[\s().-]/g, '');
  if (digits.startsWith('+62')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('62') && digits.length >= 11) digits = `0${digits.slice(2)}`;
  else if (PHONE_WITHOUT_ZERO.test(digits)) digits = `0${digits}`;
  return PHONE.test(digits) ? ok(digits) : ok(null, { code: 'PHONE_INVALID', params: { value: raw } });
}

/** P3KE welfare decile, 1 (poorest) to 10. */
export function parseDecileCell(cell: Cell): Parsed<number | null> {
  const text = cellText(cell);
  if (!text) return EMPTY;
  const n = Number(text.replace(/^desil\s*/i, ''));
  return Number.isInteger(n) && n >= 1 && n <= 10 ? ok(n) : fail('DECILE_INVALID', { value: text });
}
