/**
 * The report views' pure helpers: sorting the province/national table (missing figures — regencies
 * without a programme — below zero, ties in name order both ways), chart labels, and percentages.
 */
import { describe, expect, it } from 'vitest';
import { percentText, shortfallOf, shortLabel, sortRows } from '../../web/src/pages/reports/report-figures';

const rows = [
  { name: 'Kabupaten Nagekeo', participants: 9345, nonAsn: 6311, rentan: 3034, ucj: 10, overdue: 5_897_856 },
  { name: 'Kabupaten Alor', participants: 0, nonAsn: 0, rentan: 0, ucj: null, overdue: null },
  { name: 'Kota Kupang', participants: 0, nonAsn: 0, rentan: 0, ucj: null, overdue: null },
  { name: 'Kabupaten Ende', participants: 12, nonAsn: 12, rentan: 0, ucj: 0.5, overdue: 0 },
];
const names = (r: { name: string }[]) => r.map((x) => x.name);

describe('sortRows', () => {
  it.each([
    ['participants', true, ['Kabupaten Nagekeo', 'Kabupaten Ende', 'Kabupaten Alor', 'Kota Kupang']],
    ['participants', false, ['Kabupaten Alor', 'Kota Kupang', 'Kabupaten Ende', 'Kabupaten Nagekeo']],
    // no programme (null) sorts below a programme with nothing overdue (0)
    ['overdue', true, ['Kabupaten Nagekeo', 'Kabupaten Ende', 'Kabupaten Alor', 'Kota Kupang']],
    ['name', false, ['Kabupaten Alor', 'Kabupaten Ende', 'Kabupaten Nagekeo', 'Kota Kupang']],
    ['name', true, ['Kota Kupang', 'Kabupaten Nagekeo', 'Kabupaten Ende', 'Kabupaten Alor']],
  ] as const)('by %s (descending: %s)', (key, desc, expected) => {
    expect(names(sortRows(rows, key, desc))).toEqual(expected);
  });

  it('leaves the input untouched', () => {
    sortRows(rows, 'participants', true);
    expect(rows[0]!.name).toBe('Kabupaten Nagekeo');
  });
});

describe('labels and figures', () => {
  it('abbreviates "Kabupaten" and cuts long labels with an ellipsis', () => {
    expect(shortLabel('Kabupaten Timor Tengah Selatan', 40)).toBe('Kab. Timor Tengah Selatan');
    expect(shortLabel('Kabupaten Timor Tengah Selatan', 16)).toBe('Kab. Timor Teng…');
    expect(shortLabel('Kota Kupang', 16)).toBe('Kota Kupang');
  });

  it('writes percentages in the UI language, a dash without a figure', () => {
    expect(percentText(11.26, 'id')).toBe('11,26 %');
    expect(percentText(11.26, 'en')).toBe('11.26 %');
    expect(percentText(null, 'id')).toBe('–');
  });

  it('the shortfall is what is billed beyond the budget: the demo\'s December Rp 5.897.856', () => {
    expect(shortfallOf({ budget: 1_500_000_000, billed: 1_505_897_856 })).toBe(5_897_856);
    expect(shortfallOf({ budget: 1_500_000_000, billed: 1_400_000_000 })).toBe(0);
  });
});
