/** Cell parsers: every format offices type, table-driven, then fuzzed — they never throw. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excelSerialToDate, parseDateCell, parseDecileCell, parseMoneyCell, parseNikCell, parsePhoneCell, parseSexCell } from './cell-parse';

const value = <T>(p: { ok: boolean; value?: T }) => (p.ok ? p.value : 'REJECTED');

describe('dates', () => {
  it.each([
    ['12/01/1985', '1985-01-12'], ['12-01-1985', '1985-01-12'], ['1985-01-12', '1985-01-12'], ['12 Januari 1985', '1985-01-12'],
    ['12 januari 1985', '1985-01-12'], ['3 Agustus 2001', '2001-08-03'], ['3-Agu-2001', '2001-08-03'], ['17 Juli 1988', '1988-07-17'],
    ['1985-01-12 00:00:00', '1985-01-12'], ['31059', '1985-01-12'], [31059, '1985-01-12'], [new Date(Date.UTC(1985, 0, 12)), '1985-01-12'],
    ['29/02/2023', 'REJECTED'], ['13/13/1985', 'REJECTED'], ['kemarin', 'REJECTED'], ['', null],
  ])('%s → %s', (input, expected) => expect(value(parseDateCell(input, '2025-06-30'))).toBe(expected));

  it('reads a two-digit year as the latest one not in the future, with a warning', () => {
    expect(parseDateCell('12/01/85', '2025-06-30')).toMatchObject({ ok: true, value: '1985-01-12', warning: { code: 'DATE_TWO_DIGIT_YEAR' } });
    expect(value(parseDateCell('12/01/05', '2025-06-30'))).toBe('2005-01-12');
  });

  it("follows Excel's serials across its phantom 1900-02-29", () => {
    expect([excelSerialToDate(1), excelSerialToDate(59), excelSerialToDate(60), excelSerialToDate(61)]).toEqual(['1900-01-01', '1900-02-28', null, '1900-03-01']);
  });
});

describe('sex', () => {
  it.each([['L', 'L'], ['l', 'L'], ['Laki-laki', 'L'], ['LAKI LAKI', 'L'], ['Pria', 'L'], ['M', 'L'], ['P', 'P'], ['Perempuan', 'P'], ['Wanita', 'P'], ['F', 'P'], ['x', 'REJECTED'], ['', null],
    // names of Object.prototype members are not sexes (a plain-object lookup once accepted them)
    ['constructor', 'REJECTED'], ['toString', 'REJECTED'], ['__proto__', 'REJECTED']])(
    '%s → %s', (input, expected) => expect(value(parseSexCell(input))).toBe(expected));
});

describe('money (whole rupiah)', () => {
  it.each([
    ['2.186.826', 2_186_826], ['Rp 2.186.826,00', 2_186_826], ['Rp2.186.826', 2_186_826], ['2186826', 2_186_826], ['2,186,826.00', 2_186_826],
    ['2.186.826,-', 2_186_826], ['Rp 2.328.969,69', 2_328_970], [2186826, 2_186_826], [2328969.69, 2_328_970], ['2.18.826', 'REJECTED'],
    ['dua juta', 'REJECTED'], ['-500', 'REJECTED'], ['', null],
  ])('%s → %s', (input, expected) => expect(value(parseMoneyCell(input))).toBe(expected));
});

describe('NIK cells', () => {
  it.each([
    ['5316011201850001', '5316011201850001'], ["'5316011201850001", '5316011201850001'], ['5316 0112 0185 0001', '5316011201850001'],
    [5316011201850001, '5316011201850001'],
  ])('%s is the NIK', (input, expected) => expect(value(parseNikCell(input))).toBe(expected));

  it.each([['5.31601E+15'], ['5,31601E+15'], [5316011201850000], [5.31601e15]])('%s has lost its digits: rejected with the reason', (input) => {
    expect(parseNikCell(input)).toMatchObject({ ok: false, issue: { code: 'NIK_EXCEL_NUMBER' } });
  });
});

describe('phones and deciles', () => {
  it.each([['081234567890', '081234567890'], ['+62 812-3456-7890', '081234567890'], ['6281234567890', '081234567890'], [81234567890, '081234567890'], ['123', null]])(
    '%s → %s', (input, expected) => expect(value(parsePhoneCell(input))).toBe(expected));
  it('accepts deciles 1–10 only', () => {
    expect([value(parseDecileCell('3')), value(parseDecileCell('Desil 4')), value(parseDecileCell('11'))]).toEqual([3, 4, 'REJECTED']);
  });
});

describe('fuzzing: any cell gives a value or a coded issue, never an exception', () => {
  const cell = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: false }));
  it.each([parseDateCell, parseSexCell, parseMoneyCell, parseNikCell, parsePhoneCell, parseDecileCell])('%o', (parser) => {
    fc.assert(fc.property(cell, (c) => {
      const r = (parser as (x: unknown) => { ok: boolean; issue?: { code: string } })(c);
      return r.ok || typeof r.issue?.code === 'string';
    }), { numRuns: 2000 });
  });
});
