/**
 * Reading one cell as offices type it. Pure and total: every input gives a value or a coded issue, never
 * an exception (the fuzz tests hold us to that). Owns the formats: dates (DD/MM/YYYY, DD-MM-YYYY,
 * YYYY-MM-DD, Excel serials, "12 Januari 1985"), sex (L/P/Laki-laki/Perempuan/M/F), money ("2.186.826",
 * "Rp 2.186.826,00", "2186826"), NIK cells (text, leading apostrophe, Excel-mangled numbers), phones.
 */
import { addDays, formatDate, isValidDate, type IsoDate } from '../domain/calendar';
import { normalizeNik, type Sex } from '../domain/nik';
import type { Cell, Issue, Parsed } from './import.types';

const ok = <T>(value: T, warning?: Issue): Parsed<T> => (warning ? { ok: true, value, warning } : { ok: true, value });
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
  if (!text) return ok(null);
  return text.length > max ? fail('TEXT_TOO_LONG', { max }) : ok(text);
}

const SCIENTIFIC = /^\d+(?:[.,]\d+)?e\+?\d+$/i;
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
  const compact = /^[\d\s.-]+$/.test(text) ? text.replace(/[\s.-]/g, '') : text;
  return ok(compact);
}

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1, feb: 2, februari: 2, pebruari: 2, february: 2, peb: 2, mar: 3, maret: 3, march: 3,
  apr: 4, april: 4, mei: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7, agu: 8, agt: 8, ags: 8,
  agus: 8, agust: 8, agustus: 8, aug: 8, august: 8, sep: 9, sept: 9, september: 9, okt: 10, oktober: 10, oct: 10,
  october: 10, nov: 11, nop: 11, november: 11, nopember: 11, des: 12, desember: 12, dec: 12, december: 12,
};

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
  const date = formatDate(year, month, day);
  if (!isValidDate(date)) return fail('DATE_INVALID', { value: raw });
  return guessed ? ok(date, { code: 'DATE_TWO_DIGIT_YEAR', params: { value: raw, date } }) : ok(date);
}

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
  if (!raw) return ok(null);
  const text = raw.toLowerCase().replace(/\s+(?:00:00(?::00)?(?:\.0+)?)$/, '').replace(/t00:00:00(?:\.0+)?z?$/, '');
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (m) return dateFrom(Number(m[1]), Number(m[2]), Number(m[3]), false, raw);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/.exec(text);
  if (m) {
    const { year, guessed } = fullYear(m[3]!, on);
    return dateFrom(year, Number(m[2]), Number(m[1]), guessed, raw);
  }
  m = /^(\d{1,2})[\s.-]*([a-z]+)\.?[\s.,-]*(\d{4}|\d{2})$/.exec(text);
  if (m && MONTHS[m[2]!]) {
    const { year, guessed } = fullYear(m[3]!, on);
    return dateFrom(year, MONTHS[m[2]!]!, Number(m[1]), guessed, raw);
  }
  // A date column exported to CSV as its Excel serial ("31058")
  if (/^\d{4,5}$/.test(text)) {
    const date = excelSerialToDate(Number(text));
    if (date && date >= '1900-01-01') return ok(date);
  }
  return fail('DATE_INVALID', { value: raw });
}

const SEXES: Record<string, Sex> = {
  l: 'L', lk: 'L', 'laki-laki': 'L', 'laki laki': 'L', lakilaki: 'L', laki: 'L', pria: 'L', m: 'L', male: 'L', 'laki-laki (l)': 'L',
  p: 'P', pr: 'P', perempuan: 'P', wanita: 'P', w: 'P', f: 'P', female: 'P', pere: 'P', 'perempuan (p)': 'P',
};

export function parseSexCell(cell: Cell): Parsed<Sex | null> {
  const text = cellText(cell).toLowerCase().replace(/[.\s]+$/, '').replace(/\s+/g, ' ');
  if (!text) return ok(null);
  const sex = SEXES[text];
  return sex ? ok(sex) : fail('SEX_INVALID', { value: cellText(cell) });
}

const MAX_MONEY = 1_000_000_000_000;
const PLAIN_DIGITS = /^\d{1,15}$/;
// Thousands groups; built once, not per cell (a RegExp per row cost ~1 µs)
const GROUPED_DOT = /^\d{1,3}(\.\d{3})+$/;
const GROUPED_COMMA = /^\d{1,3}(,\d{3})+$/;

/** Whole rupiah from "2.186.826", "Rp 2.186.826,00", "2,186,826.00", "2186826" or a number cell. */
export function parseMoneyCell(cell: Cell): Parsed<number | null> {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 0 || cell > MAX_MONEY) return fail('MONEY_INVALID', { value: cellText(cell) });
    const rounded = Math.round(cell);
    return rounded === cell ? ok(cell) : ok(rounded, { code: 'MONEY_ROUNDED', params: { value: String(cell), rounded } });
  }
  const raw = cellText(cell);
  if (!raw) return ok(null);
  // Fast path: plain digits (how most exports write wages) mean exactly what the general rules below say
  if (PLAIN_DIGITS.test(raw)) return Number(raw) > MAX_MONEY ? fail('MONEY_INVALID', { value: raw }) : ok(Number(raw));
  const text = raw.toLowerCase().replace(/^(rp|idr)\.?/, '').replace(/\s+/g, '').replace(/[.,]-$/, '');
  const whole = splitDecimal(text);
  if (!whole) return fail('MONEY_INVALID', { value: raw });
  const value = Number(whole.integer) + (Number(`0.${whole.fraction || '0'}`) >= 0.5 ? 1 : 0);
  if (!Number.isSafeInteger(value) || value > MAX_MONEY) return fail('MONEY_INVALID', { value: raw });
  return /[1-9]/.test(whole.fraction) ? ok(value, { code: 'MONEY_ROUNDED', params: { value: raw, rounded: value } }) : ok(value);
}

/** Indonesian "2.186.826,50" and English "2,186,826.50": the last separator followed by 1–2 digits is decimal. */
function splitDecimal(text: string): { integer: string; fraction: string } | null {
  if (!/^\d[\d.,]*$/.test(text)) return null;
  const decimal = /^(.*\d)([.,])(\d{1,2})$/.exec(text);
  const [body, fraction] = decimal ? [decimal[1]!, decimal[3]!] : [text, ''];
  const separators = new Set(body.replace(/\d/g, ''));
  if (separators.size > 1 || (decimal && separators.has(decimal[2]!))) return null;
  const [sep] = [...separators];
  if (sep && !(sep === '.' ? GROUPED_DOT : GROUPED_COMMA).test(body)) return null;
  return { integer: sep ? body.split(sep).join('') : body, fraction };
}

/** An Indonesian mobile/landline number as "08…"; a number cell lost its leading 0 ("81234…"). */
export function parsePhoneCell(cell: Cell): Parsed<string | null> {
  const raw = cellText(cell);
  if (!raw) return ok(null);
  let digits = raw.replace(/[\s().-]/g, '');
  if (digits.startsWith('+62')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('62') && digits.length >= 11) digits = `0${digits.slice(2)}`;
  else if (/^8\d{8,12}$/.test(digits)) digits = `0${digits}`;
  return /^0\d{8,13}$/.test(digits) ? ok(digits) : ok(null, { code: 'PHONE_INVALID', params: { value: raw } });
}

/** P3KE welfare decile, 1 (poorest) to 10. */
export function parseDecileCell(cell: Cell): Parsed<number | null> {
  const text = cellText(cell);
  if (!text) return ok(null);
  const n = Number(text.replace(/^desil\s*/i, ''));
  return Number.isInteger(n) && n >= 1 && n <= 10 ? ok(n) : fail('DECILE_INVALID', { value: text });
}
