/**
 * How exported reports write numbers — the words a Bupati reads in print and the axis labels of the charts —
 * in Indonesian: dots group thousands, a comma marks decimals, "M" is miliar and "jt" juta; percentages
 * come as fractions. And the chart axis: round steps that always reach the largest value.
 */
import { describe, expect, it } from 'vitest';
import { axisText, ticks } from './report-export-charts';
import { cellText } from './report-export-cells';

describe('cellText', () => {
  it.each([
    [1_505_897_856, 'rupiah', 'Rp 1.505.897.856'],
    [-5_897_856, 'rupiah', '-Rp 5.897.856'],
    [9345, 'count', '9.345'],
    [0.1126, 'percent', '11,26%'],
    [1, 'percent', '100,00%'],
    [0.0034, 'percent', '0,34%'],
    [null, 'rupiah', '-'],
    ['', 'text', ''],
    ['kurang bayar', 'text', 'kurang bayar'],
  ] as const)('%s as %s → %s', (value, type, expected) => expect(cellText(value, type)).toBe(expected));
});

describe('chart axis', () => {
  it.each([
    [1_500_000_000, true, 'Rp 1,5 M'],
    [125_491_488, true, 'Rp 125,5 jt'],
    [500_000_000, true, 'Rp 500 jt'],
    [7500, false, '7.500'],
    [0, true, 'Rp 0'],
  ])('%s → %s', (value, money, expected) => expect(axisText(value, money)).toBe(expected));

  it.each([
    [9345, [0, 2500, 5000, 7500, 10_000]],
    [1_505_897_856, [0, 500_000_000, 1_000_000_000, 1_500_000_000, 2_000_000_000]],
    [4, [0, 1, 2, 3, 4]],
    [0, [0, 1]],
  ])('ticks up to %s', (max, expected) => {
    expect(ticks(max)).toEqual(expected);
    expect(ticks(max).at(-1)!).toBeGreaterThanOrEqual(max);
  });
});
