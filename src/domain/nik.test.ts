import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate } from './calendar';
import { formatNik, maskNik, normalizeNik, parseNik, type NikParseOptions, type NikParts } from './nik';
import { nikMessages } from './nik.messages';
import { createRegionLookup } from './region-lookup';

// Real Kemendagri codes (REGULATIONS.md §5): NTT, Kabupaten Nagekeo and its kecamatan.
const regions = createRegionLookup([
  { code: '53', name: 'Nusa Tenggara Timur' },
  { code: '53.16', name: 'Kabupaten Nagekeo' },
  { code: '53.16.01', name: 'Aesesa' },
  { code: '53.16.02', name: 'Nangaroro' },
  { code: '53.16.03', name: 'Boawae' },
  { code: '53.16.04', name: 'Mauponggo' },
  { code: '53.16.05', name: 'Wolowae' },
  { code: '53.16.06', name: 'Keo Tengah' },
  { code: '53.16.07', name: 'Aesesa Selatan' },
]);
const on = '2025-06-01';

describe('parseNik: valid NIKs', () => {
  it('reads region, birth date, sex and serial', () => {
    // 531601 | 41 01 90 (day + 40 → woman, 1990-01-01) | 0001
    expect(parseNik('5316014101900001', { on }, regions)).toEqual({
      valid: true,
      nik: '5316014101900001',
      codes: { province: '53', regency: '53.16', district: '53.16.01' },
      province: { code: '53', name: 'Nusa Tenggara Timur' },
      regency: { code: '53.16', name: 'Kabupaten Nagekeo' },
      district: { code: '53.16.01', name: 'Aesesa' },
      birthDate: '1990-01-01',
      sex: 'P',
      serial: '0001',
      errors: [],
      warnings: [],
    });
  });

  // Spreadsheets keep a NIK as text with a leading apostrophe; users paste with spaces.
  it.each(["  5316071203850002 ", "'5316071203850002", " '5316071203850002"])('normalises %j', (input) => {
    expect(parseNik(input, { on }, regions)).toMatchObject({ valid: true, nik: '5316071203850002', sex: 'L', birthDate: '1985-03-12' });
  });

  // The century of YY: the declared birth date decides; otherwise the latest century not after `on`.
  it.each<[string, NikParseOptions, string | null]>([
    ['5316011203250001', { on: '2025-06-01' }, '2025-03-12'],
    ['5316011207250001', { on: '2025-06-01' }, '1925-07-12'], // 2025-07-12 would be in the future
    ['5316011203250001', { birthDate: '1925-03-12' }, '1925-03-12'], // declared wins
    ['5316012902000001', { on: '2025-06-01' }, '2000-02-29'], // 2000 is leap
    ['5316011203250001', {}, null], // no way to tell: warn, not guess
  ])('%s with %j → %s', (nik, options, birthDate) => {
    expect(parseNik(nik, options, regions).birthDate).toBe(birthDate);
  });

  // A NIK keeps the district of first registration: a code missing from today's list only warns.
  it('an unknown district is a warning, not an error', () => {
    expect(parseNik('5316991203850002', { on }, regions)).toMatchObject({ valid: true, district: null, warnings: [{ code: 'NIK_DISTRICT_UNKNOWN' }] });
  });

  it('warns when the century cannot be resolved', () => {
    expect(parseNik('5316011203850002', {}, regions)).toMatchObject({ valid: true, warnings: [{ code: 'NIK_CENTURY_UNRESOLVED' }] });
  });
});

describe('parseNik: errors', () => {
  it.each<[string, NikParseOptions, string[]]>([
    ['', {}, ['NIK_LENGTH']],
    ['531601120385000', {}, ['NIK_LENGTH']],
    ['53160112038500021', {}, ['NIK_LENGTH']],
    ['5316.01.120385.0002', {}, ['NIK_NOT_DIGITS']], // only whitespace and an apostrophe are stripped
    ['53160112038500O2', {}, ['NIK_NOT_DIGITS']], // letter O for zero
    ['９３１６０１１２０３８５０００２', {}, ['NIK_NOT_DIGITS']], // full-width digits are not ASCII digits
    ['9916011203850002', { on }, ['NIK_PROVINCE_UNKNOWN']],
    ['5399011203850002', { on }, ['NIK_REGENCY_UNKNOWN']],
    ['5316013203850002', { on }, ['NIK_DATE_INVALID']], // day 32
    ['5316017203850002', { on }, ['NIK_DATE_INVALID']], // day 72 (woman, 32)
    ['5316010003850002', { on }, ['NIK_DATE_INVALID']], // day 00
    ['5316011213850002', { on }, ['NIK_DATE_INVALID']], // month 13
    ['5316013002850002', { on }, ['NIK_DATE_INVALID']], // 30 February
    ['5316012902850002', { on }, ['NIK_DATE_INVALID']], // 29 February 1985 / 2085
    ['5316011203850000', { on }, ['NIK_SERIAL_ZERO']],
    ['5316011203850002', { birthDate: '1985-03-13' }, ['NIK_BIRTHDATE_MISMATCH']],
    ['5316011203850002', { birthDate: '1985-02-30' }, ['NIK_DECLARED_BIRTHDATE_INVALID']],
    ['5316011203850002', { on, sex: 'P' }, ['NIK_SEX_MISMATCH']],
    ['5316015203850002', { on, sex: 'L' }, ['NIK_SEX_MISMATCH']], // day 52 → woman
    ['5316011206300001', { on: '1929-01-01' }, ['NIK_DATE_IN_FUTURE']], // neither 1930 nor 2030 is past
  ])('%j %j → %j', (input, options, codes) => {
    const result = parseNik(input, options, regions);
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.code)).toEqual(codes);
  });

  it('reports several problems at once', () => {
    const result = parseNik('9916013213850000', { on }, regions);
    expect(result.errors.map((e) => e.code)).toEqual(['NIK_PROVINCE_UNKNOWN', 'NIK_DATE_INVALID', 'NIK_SERIAL_ZERO']);
  });

  it('every code has words in both languages', () => {
    for (const words of Object.values(nikMessages)) expect(words.id && words.en).toBeTruthy();
    expect(parseNik('1', {}, regions).errors[0]?.message).toBe(nikMessages.NIK_LENGTH.en);
  });
});

describe('parseNik: properties', () => {
  // Imports feed whatever a spreadsheet cell holds: parsing must never throw.
  it('never throws on any string or option', () => {
    const options = fc.record({ birthDate: fc.option(fc.string(), { nil: undefined }), on: fc.option(fc.string(), { nil: undefined }) }, { requiredKeys: [] });
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), options, (input, opts) => {
      parseNik(input, opts as NikParseOptions, regions);
      maskNik(input);
    }));
    fc.assert(fc.property(fc.stringMatching(/^'?\s?\d{16}\s?$/), (input) => {
      parseNik(input, { on }, regions);
    }));
  });

  const validParts = fc.record({
    districtCode: fc.constantFrom('53.16.01', '53.16.04', '53.16.07'),
    year: fc.integer({ min: 1926, max: 2025 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    sex: fc.constantFrom('L' as const, 'P' as const),
    serial: fc.integer({ min: 1, max: 9999 }).map((n) => String(n).padStart(4, '0')),
  }).map(({ year, month, day, ...rest }): NikParts => ({ ...rest, birthDate: formatDate(year, month, day) }))
    .filter((parts) => parts.birthDate <= on);

  // A generated valid NIK survives compose → parse → compose unchanged.
  it('round-trips parts → formatNik → parseNik → formatNik', () => {
    fc.assert(fc.property(validParts, (parts) => {
      const nik = formatNik(parts);
      const parsed = parseNik(nik, { on, birthDate: parts.birthDate, sex: parts.sex }, regions);
      expect(parsed).toMatchObject({ valid: true, birthDate: parts.birthDate, sex: parts.sex, serial: parts.serial });
      expect(formatNik({ districtCode: parsed.codes!.district, birthDate: parsed.birthDate!, sex: parsed.sex!, serial: parsed.serial! })).toBe(nik);
    }));
  });
});

describe('formatNik / maskNik / normalizeNik', () => {
  it('composes day + 40 for women', () => {
    expect(formatNik({ districtCode: '53.16.01', birthDate: '1990-01-01', sex: 'P', serial: '0001' })).toBe('5316014101900001');
    expect(formatNik({ districtCode: '53.16.07', birthDate: '1985-03-12', sex: 'L', serial: '0002' })).toBe('5316071203850002');
  });
  it.each<Partial<NikParts>>([{ districtCode: '53.16' }, { birthDate: '1990-02-30' }, { serial: '1' }, { sex: 'X' as 'L' }])('rejects %j', (override) => {
    const parts: NikParts = { districtCode: '53.16.01', birthDate: '1990-01-01', sex: 'L', serial: '0001', ...override };
    expect(() => formatNik(parts)).toThrow(expect.objectContaining({ code: 'NIK_PARTS_INVALID' }));
  });
  // Only a well-formed NIK shows its first and last 4 digits; anything else is fully masked.
  it.each([
    ['5316014101900001', '5316********0001'],
    ["'5316014101900001 ", '5316********0001'],
    ['12345', '*****'],
    ['', ''],
  ])('maskNik(%j) = %j', (input, masked) => expect(maskNik(input)).toBe(masked));
  it('normalizeNik tolerates a non-string at runtime', () => expect(normalizeNik(undefined as unknown as string)).toBe(''));
});
