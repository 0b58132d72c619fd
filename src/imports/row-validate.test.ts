/**
 * Row validation: one row, every reason; and fuzzed — whatever the cells, a row is accepted (no reason,
 * all registry fields present) or rejected with reasons whose words exist in Bahasa Indonesia.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRegionLookup } from '../domain/region-lookup';
import { mapHeaders } from './header-map';
import { createOpdIndex, createVillageIndex } from './reference-index';
import { describeIssue, ROW_ISSUES } from './row-issues';
import { validateRow, type RowContext } from './row-validate';

const HEADERS = ['NIK', 'Nama', 'Tgl Lahir', 'JK', 'Unit Kerja', 'Gaji', 'Desa', 'HP'];
const ctx: RowContext = {
  group: 'non-asn',
  rules: { on: '2025-06-30', minAge: 15, maxAge: 70, wageFloor: { amount: 2_328_970, rule: 'wage.ump.53@2025-01-01' }, incomeFloor: { amount: 1_000_000, rule: 'bpu' }, notes: [] },
  regions: createRegionLookup([{ code: '53', name: 'NTT' }, { code: '53.16', name: 'Nagekeo' }, { code: '53.16.01', name: 'Aesesa' }]),
  villages: createVillageIndex('53.16', [{ code: '53.16.01.2002', name: 'Labolewa', districtCode: '53.16.01', districtName: 'Aesesa' }]),
  opds: createOpdIndex([{ id: 5, name: 'Dinas Kesehatan' }]),
  columns: mapHeaders(HEADERS, 1), forcedOpdId: null, defaultOpdId: null, forcedVillageCode: null,
};
const row = (cells: (string | number | null)[]) => validateRow({ rowNo: 2, cells }, ctx);

describe('validateRow', () => {
  it('accepts a good row and fills nothing it need not', () => {
    expect(row(['5316011201850001', 'Yohanes Ndona', '12/01/1985', 'L', 'Dinas Kesehatan', '2.500.000', 'Labolewa', ''])).toMatchObject({
      status: 'accepted', birthDate: '1985-01-12', sex: 'L', opdId: 5, wage: 2_500_000, villageCode: '53.16.01.2002', reasons: [], raw: null,
    });
  });

  it('gives every reason at once, with the original cells kept', () => {
    const r = row(['5316011201850001', 'Yohanes Ndona', '12/01/1986', 'P', 'Dinas Entah', '1.000.000', '', ''])!;
    expect(r.status).toBe('rejected');
    expect(r.reasons.map((i) => i.code)).toEqual(['NIK_BIRTHDATE_MISMATCH', 'NIK_SEX_MISMATCH', 'OPD_UNKNOWN', 'WAGE_BELOW_FLOOR']);
    expect(r.raw).toEqual(['5316011201850001', 'Yohanes Ndona', '12/01/1986', 'P', 'Dinas Entah', '1.000.000', '', '']);
    expect(describeIssue(r.reasons[3]!, 'id', () => 'Gaji')).toBe('Gaji: Upah Rp 1.000.000 di bawah UMP Rp 2.328.970 (wage.ump.53@2025-01-01).');
  });

  it('takes birth date and sex from the NIK when the columns are empty, saying so', () => {
    const r = row(['5316014503900002', 'Maria Wea', '', '', 'Dinas Kesehatan', '2500000', '', ''])!;
    expect(r).toMatchObject({ status: 'accepted', birthDate: '1990-03-05', sex: 'P' });
    expect(r.warnings.map((w) => w.code)).toEqual(['BIRTHDATE_FROM_NIK', 'SEX_FROM_NIK']);
  });

  it('rejects an age outside the limits and ignores a blank row', () => {
    expect(row(['5316011201150001', 'Anak Ndona', '12/01/2015', 'L', 'Dinas Kesehatan', '2500000', '', ''])!.reasons.map((i) => i.code)).toEqual(['AGE_OUT_OF_RANGE']);
    expect(row(['', '  ', null, '', '', '', '', ''])).toBeNull();
  });

  it('never throws; accepted rows are complete, rejected rows have worded reasons (fuzzed)', () => {
    const cell = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('5316011201850001', '12/01/1985', 'L', 'P', 'Dinas Kesehatan', '2.500.000', 'Labolewa', '5.31601E+15'), fc.integer(), fc.double(), fc.constant(null));
    fc.assert(fc.property(fc.array(cell, { maxLength: 10 }), (cells) => {
      const r = validateRow({ rowNo: 2, cells }, ctx);
      if (r === null) return true;
      if (r.status === 'accepted') return r.reasons.length === 0 && !!r.nik && !!r.name && !!r.birthDate && !!r.sex && r.opdId !== null && r.wage !== null;
      return r.reasons.length > 0 && r.reasons.every((i) => i.code in ROW_ISSUES);
    }), { numRuns: 3000 });
  });
});
