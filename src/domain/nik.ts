/**
 * NIK (Nomor Induk Kependudukan, 16 digits, Dukcapil): parse, compose and mask.
 * Layout: province (2) + regency/city (2) + district (2) + birth date DDMMYY, day + 40 for women,
 * + serial (4, from 0001). The region is the place of FIRST registration and never changes, so an
 * unknown district only warns. parseNik never throws: every problem is a coded error or warning.
 */
import { formatDate, isExistingDay, isValidDate, type IsoDate } from './calendar';
import { DomainError } from './errors';
import { nikMessages, type NikErrorCode, type NikWarningCode } from './nik.messages';
import type { Region, RegionLookup } from './region-lookup';

export type Sex = 'L' | 'P';

export interface NikParseOptions {
  /** Declared birth date: resolves the century and is checked against the NIK. */
  readonly birthDate?: string;
  readonly sex?: Sex;
  /** Today, for the century when no birth date is declared: the latest century not in the future. */
  readonly on?: IsoDate;
}

export interface ParsedNik {
  readonly valid: boolean;
  /** The normalised input (trimmed, leading apostrophe from spreadsheets removed). */
  readonly nik: string;
  readonly codes: { readonly province: string; readonly regency: string; readonly district: string } | null;
  readonly province: Region | null;
  readonly regency: Region | null;
  readonly district: Region | null;
  readonly birthDate: IsoDate | null;
  readonly sex: Sex | null;
  readonly serial: string | null;
  readonly errors: readonly { readonly code: NikErrorCode; readonly message?: string }[];
  readonly warnings: readonly { readonly code: NikWarningCode }[];
}

const NIK_LENGTH = 16;
const FEMALE_DAY_OFFSET = 40;

/** Trims whitespace and one leading apostrophe (spreadsheets store '5316… to keep it text). */
export function normalizeNik(input: string): string {
  const trimmed = typeof input === 'string' ? input.trim() : '';
  return (trimmed.startsWith("'") ? trimmed.slice(1) : trimmed).trim();
}

interface DateParts {
  readonly day: number;
  readonly month: number;
  readonly yy: number;
  readonly sex: Sex;
}

function readDateParts(digits: string): DateParts | null {
  const rawDay = Number(digits.slice(6, 8));
  const month = Number(digits.slice(8, 10));
  const isFemale = rawDay > FEMALE_DAY_OFFSET;
  const day = isFemale ? rawDay - FEMALE_DAY_OFFSET : rawDay;
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  return { day, month, yy: Number(digits.slice(10, 12)), sex: isFemale ? 'P' : 'L' };
}

type Issue = { code: NikErrorCode; message: string };
const issue = (code: NikErrorCode): Issue => ({ code, message: nikMessages[code].en });

/** Resolves the century: from the declared birth date if it matches, else the latest one not after `on`. */
function resolveBirthDate(
  parts: DateParts,
  options: NikParseOptions,
  errors: Issue[],
  warnings: { code: NikWarningCode }[],
): IsoDate | null {
  const { yy, month, day } = parts;
  // Checked on the numbers, the strings built only when needed: this runs for every row of an import
  const recentExists = isExistingDay(2000 + yy, month, day);
  const olderExists = isExistingDay(1900 + yy, month, day);
  if (!recentExists && !olderExists) {
    errors.push(issue('NIK_DATE_INVALID'));
    return null;
  }
  const declared = options.birthDate;
  if (declared !== undefined) {
    if (!isValidDate(declared)) errors.push(issue('NIK_DECLARED_BIRTHDATE_INVALID'));
    // Both centuries read 'YY-MM-DD' after the first two digits: a declared date of either one matches
    else if (declared.slice(2) === formatDate(2000 + yy, month, day).slice(2)) return declared;
    else errors.push(issue('NIK_BIRTHDATE_MISMATCH'));
  }
  const on = options.on;
  if (on === undefined || !isValidDate(on)) {
    warnings.push({ code: 'NIK_CENTURY_UNRESOLVED' });
    return null;
  }
  // The latest century not after `on`
  const recent = recentExists ? formatDate(2000 + yy, month, day) : null;
  const older = olderExists ? formatDate(1900 + yy, month, day) : null;
  const resolved = recent !== null && recent <= on ? recent : older !== null && older <= on ? older : null;
  if (!resolved) errors.push(issue('NIK_DATE_IN_FUTURE'));
  return resolved;
}

function rejected(nik: string, code: NikErrorCode): ParsedNik {
  const empty = { nik, codes: null, province: null, regency: null, district: null, birthDate: null, sex: null, serial: null };
  return { ...empty, valid: false, errors: [issue(code)], warnings: [] };
}

const ONLY_DIGITS = /^\d*$/;

export function parseNik(input: string, options: NikParseOptions = {}, regions: RegionLookup): ParsedNik {
  const nik = normalizeNik(input);
  if (!ONLY_DIGITS.test(nik)) return rejected(nik, 'NIK_NOT_DIGITS');
  if (nik.length !== NIK_LENGTH) return rejected(nik, 'NIK_LENGTH');

  const errors: Issue[] = [];
  const warnings: { code: NikWarningCode }[] = [];
  const regencyCode = `${nik.slice(0, 2)}.${nik.slice(2, 4)}`;
  const codes = { province: nik.slice(0, 2), regency: regencyCode, district: `${regencyCode}.${nik.slice(4, 6)}` };
  const province = regions.province(codes.province);
  const regency = province ? regions.regency(codes.regency) : null;
  const district = regency ? regions.district(codes.district) : null;
  if (!province) errors.push(issue('NIK_PROVINCE_UNKNOWN'));
  else if (!regency) errors.push(issue('NIK_REGENCY_UNKNOWN'));
  else if (!district) warnings.push({ code: 'NIK_DISTRICT_UNKNOWN' });

  const parts = readDateParts(nik);
  if (!parts) errors.push(issue('NIK_DATE_INVALID'));
  const birthDate = parts ? resolveBirthDate(parts, options, errors, warnings) : null;
  if (parts && options.sex !== undefined && options.sex !== parts.sex) errors.push(issue('NIK_SEX_MISMATCH'));
  const serial = nik.slice(12);
  if (serial === '0000') errors.push(issue('NIK_SERIAL_ZERO'));
  const sex = parts?.sex ?? null;
  return { valid: errors.length === 0, nik, codes, province, regency, district, birthDate, sex, serial, errors, warnings };
}

export interface NikParts {
  /** Dotted district code, e.g. '53.16.01'. */
  readonly districtCode: string;
  readonly birthDate: IsoDate;
  readonly sex: Sex;
  readonly serial: string;
}

/** Composes the 16-digit NIK from its parts (the inverse of parseNik); throws NIK_PARTS_INVALID. */
export function formatNik(parts: NikParts): string {
  const region = /^(\d{2})\.(\d{2})\.(\d{2})$/.exec(parts.districtCode);
  if (!region || !isValidDate(parts.birthDate) || !/^\d{4}$/.test(parts.serial) || (parts.sex !== 'L' && parts.sex !== 'P')) {
    throw new DomainError('NIK_PARTS_INVALID', 'invalid', { ...parts });
  }
  const [year, month, day] = parts.birthDate.split('-');
  const dayDigits = String(Number(day) + (parts.sex === 'P' ? FEMALE_DAY_OFFSET : 0)).padStart(2, '0');
  return `${region[1]}${region[2]}${region[3]}${dayDigits}${month}${year?.slice(2)}${parts.serial}`;
}

/**
 * '5316********0001': the first 4 and last 4 digits of a 16-digit NIK; anything else fully masked.
 * `keep: 'regency'` ('5316************') for viewers who may never see the NIK: birth date and sex are
 * shown beside it and give the 6 middle digits, so the serial must stay hidden too, or a 16-digit
 * search confirms one of ~10 district guesses (issue 16); hidden, thousands of candidates remain.
 */
export function maskNik(input: string, keep: 'ends' | 'regency' = 'ends'): string {
  const nik = normalizeNik(input);
  if (!/^\d{16}$/.test(nik)) return '*'.repeat(nik.length);
  return keep === 'regency' ? `${nik.slice(0, 4)}${'*'.repeat(12)}` : `${nik.slice(0, 4)}${'*'.repeat(8)}${nik.slice(12)}`;
}
