import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyRate, applyRateHalfUp, divideRounded, maxRupiah, multiplyRupiah, parseDecimal, rupiah, sumRupiah, type RoundingMode } from './money';

describe('rupiah guard', () => {
  it.each([0, 1, -5, Number.MAX_SAFE_INTEGER])('accepts the safe integer %d', (n) => expect(rupiah(n)).toBe(n));
  // Floats and unsafe integers would silently lose rupiah: reject them.
  it.each([0.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1])('rejects %d', (n) =>
    expect(() => rupiah(n)).toThrow(expect.objectContaining({ code: 'MONEY_INVALID' })),
  );
  it('accepts a bigint in range and rejects one out of range', () => {
    expect(rupiah(42n)).toBe(42);
    expect(() => rupiah(2n ** 60n)).toThrow(expect.objectContaining({ code: 'MONEY_INVALID' }));
  });
});

describe('divideRounded', () => {
  it.each<[bigint, bigint, RoundingMode, bigint]>([
    [15n, 10n, 'half-up', 2n],
    [25n, 10n, 'half-up', 3n],
    [-15n, 10n, 'half-up', -2n], // half away from zero, symmetric for discounts
    [15n, 10n, 'half-even', 2n],
    [25n, 10n, 'half-even', 2n], // tie to even
    [-25n, 10n, 'half-even', -2n],
    [-35n, 10n, 'half-even', -4n],
    [19n, 10n, 'down', 1n],
    [-19n, 10n, 'down', -1n],
    [14n, 10n, 'half-up', 1n],
    [16n, 10n, 'half-even', 2n],
    [15n, -10n, 'half-up', -2n], // a negative denominator is normalised
  ])('%s / %s (%s) = %s', (n, d, mode, expected) => expect(divideRounded(n, d, mode)).toBe(expected));

  it('rejects division by zero', () => expect(() => divideRounded(1n, 0n)).toThrow(expect.objectContaining({ code: 'MONEY_DIVISION_BY_ZERO' })));
});

describe('applyRate', () => {
  it.each<[number, number, RoundingMode, number]>([
    [2_186_826, 24, 'half-up', 5_248], // Nagekeo JKK 0.24%: 5,248.3824
    [2_186_826, 30, 'half-up', 6_560], // JKM 0.30%: 6,560.478
    [625, 24, 'half-up', 2], // 1.5 exactly: up
    [1_875, 24, 'half-up', 5], // 4.5: up
    [1_875, 24, 'half-even', 4], // 4.5: to even
    [1_875, 24, 'down', 4],
  ])('%d × %d bp (%s) = %d', (base, bp, mode, expected) => expect(applyRate(rupiah(base), bp, mode)).toBe(expected));

  it('takes an exact fraction', () => expect(applyRateHalfUp(rupiah(1_000), { numerator: 1n, denominator: 3n })).toBe(333));
  it('rejects a non-integer bp rate', () => expect(() => applyRate(rupiah(1), 2.5)).toThrow(expect.objectContaining({ code: 'RATE_INVALID' })));

  // Property: the rounded result is within half a rupiah of the exact product.
  it('half-up is within 0.5 of the exact value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 100_000 }), (base, bp) => {
        const result = BigInt(applyRateHalfUp(rupiah(base), bp));
        const exactTimes10k = BigInt(base) * BigInt(bp);
        const diff = result * 10_000n - exactTimes10k;
        return diff <= 5_000n && diff >= -5_000n;
      }),
    );
  });

  // Property: a bigger base never yields a smaller contribution.
  it('half-up is monotonic in the base', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 10 ** 6 }), fc.integer({ min: 0, max: 100_000 }), (base, extra, bp) =>
        applyRateHalfUp(rupiah(base), bp) <= applyRateHalfUp(rupiah(base + extra), bp),
      ),
    );
  });
});

describe('parseDecimal', () => {
  it.each<[string | number, bigint, bigint]>([
    ['2.5', 25n, 10n],
    [2.5, 25n, 10n], // a number is read through its shortest decimal text, exactly
    [0.1, 1n, 10n],
    ['-1.25', -125n, 100n],
    [' 40 ', 40n, 1n],
  ])('%s → %s/%s', (value, numerator, denominator) => expect(parseDecimal(value)).toEqual({ numerator, denominator }));
  it.each(['', 'abc', '1e-7', '1.'])('rejects %j', (value) => expect(() => parseDecimal(value)).toThrow(expect.objectContaining({ code: 'DECIMAL_INVALID' })));
});

describe('integer helpers', () => {
  it('multiply, sum and max stay exact', () => {
    expect(multiplyRupiah(rupiah(11_808), 6_311)).toBe(74_520_288);
    expect(sumRupiah([rupiah(1), rupiah(-3), rupiah(5)])).toBe(3);
    expect(maxRupiah(rupiah(3), rupiah(7))).toBe(7);
    expect(() => multiplyRupiah(rupiah(1), 1.5)).toThrow(expect.objectContaining({ code: 'COUNT_INVALID' }));
  });
});
