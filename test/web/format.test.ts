import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, formatRupiah } from '../../web/src/lib/format';

// Display formats of web/src/lib/format.ts. Exact strings matter: they end up on official letters and
// exports, and Intl's own id-ID currency style ("Rp 1.500.000,00" with a non-breaking space) is wrong.
describe('formatRupiah', () => {
  it.each([
    [1_500_000, 'Rp 1.500.000'],
    [-1_500_000, '-Rp 1.500.000'],
    [0, 'Rp 0'],
    [-0, 'Rp 0'],
    [999, 'Rp 999'],
    [1_000, 'Rp 1.000'],
    [Number.MAX_SAFE_INTEGER, 'Rp 9.007.199.254.740.991'],
    [12_345_678_901_234_567_890n, 'Rp 12.345.678.901.234.567.890'],
    [-25n, '-Rp 25'],
  ])('%s → %s', (amount, expected) => {
    expect(formatRupiah(amount)).toBe(expected);
  });

  it('uses a plain space, never a non-breaking one', () => {
    expect(formatRupiah(1_500_000)).not.toMatch(/\u00a0|\u202f/);
  });

  it('groups with commas in English', () => {
    expect(formatRupiah(1_500_000, 'en')).toBe('Rp 1,500,000');
  });

  it('refuses fractions: money is integer rupiah', () => {
    expect(() => formatRupiah(1.5)).toThrow(RangeError);
    expect(() => formatRupiah(Number.NaN)).toThrow(RangeError);
  });
});

describe('formatNumber', () => {
  it.each([
    [9345, 'id', '9.345'],
    [9345, 'en', '9,345'],
    [0, 'id', '0'],
    [1_234_567, 'id', '1.234.567'],
    [-42, 'id', '-42'],
  ] as const)('%s (%s) → %s', (value, lang, expected) => {
    expect(formatNumber(value, lang)).toBe(expected);
  });
});

describe('formatDate', () => {
  it.each([
    ['2025-02-25', 'id', '25 Februari 2025'],
    ['2025-02-25', 'en', '25 February 2025'],
    ['2024-01-01', 'id', '1 Januari 2024'],
    ['2024-12-31', 'id', '31 Desember 2024'],
    ['2025-08-17', 'id', '17 Agustus 2025'],
  ] as const)('%s (%s) → %s', (value, lang, expected) => {
    expect(formatDate(value, lang)).toBe(expected);
  });

  it('defaults to Bahasa Indonesia', () => {
    expect(formatDate('2025-02-25')).toBe('25 Februari 2025');
  });

  // A calendar date must not move a day for a viewer west of UTC (the bug of new Date('2025-01-01')).
  it('keeps a calendar date in every time zone', () => {
    const original = process.env.TZ;
    try {
      for (const zone of ['America/Los_Angeles', 'Asia/Jayapura', 'UTC']) {
        process.env.TZ = zone; // Node re-reads TZ on assignment
        expect(formatDate('2025-01-01', 'id')).toBe('1 Januari 2025');
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });

  it('returns unparseable input unchanged instead of "Invalid Date"', () => {
    expect(formatDate('bukan tanggal')).toBe('bukan tanggal');
  });
});

describe('formatDateTime', () => {
  it('shows date and 24-hour time in the given zone', () => {
    expect(formatDateTime('2025-02-25T06:05:00Z', 'id', 'Asia/Makassar')).toBe('25 Februari 2025 14.05');
    expect(formatDateTime('2025-02-25T06:05:00Z', 'en', 'Asia/Makassar')).toBe('25 February 2025 14:05');
  });
});
