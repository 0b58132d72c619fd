/**
 * Money: the `Rupiah` branded integer and exact rate arithmetic.
 * REGULATIONS.md: money is whole rupiah; percentages are applied in integer arithmetic (BigInt, so no
 * intermediate product ever loses precision) and rounded once, with the rounding mode as a parameter.
 * Rates are integer basis points (0.24% = 24 bp) or exact fractions (numerator/denominator).
 */
import { DomainError } from './errors';

declare const rupiahBrand: unique symbol;
/** Whole rupiah, a safe integer. May be negative (a discount line, a shortfall). */
export type Rupiah = number & { readonly [rupiahBrand]: true };

/**
 * 'half-up' rounds halves away from zero (the documented default: REGULATIONS.md §Money);
 * 'down' truncates toward zero; 'half-even' rounds halves to the even neighbour.
 */
export type RoundingMode = 'half-up' | 'down' | 'half-even';

/** An exact rational number; denominator > 0. */
export interface Fraction {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/** 1 bp = 1/10,000. */
export const BASIS_POINTS_PER_UNIT = 10_000n;

/** Guard: a safe integer becomes `Rupiah`; anything else (float, NaN, too large) throws MONEY_INVALID. */
export function rupiah(value: number | bigint): Rupiah {
  if (typeof value === 'bigint') {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new DomainError('MONEY_INVALID', 'invalid', { value: value.toString() });
    }
    return Number(value) as Rupiah;
  }
  if (!Number.isSafeInteger(value)) throw new DomainError('MONEY_INVALID', 'invalid', { value: String(value) });
  return value as Rupiah;
}

/** numerator / denominator rounded to an integer by `mode`. */
export function divideRounded(numerator: bigint, denominator: bigint, mode: RoundingMode = 'half-up'): bigint {
  if (denominator === 0n) throw new DomainError('MONEY_DIVISION_BY_ZERO', 'invalid');
  const [num, den] = denominator < 0n ? [-numerator, -denominator] : [numerator, denominator];
  const quotient = num / den; // BigInt division truncates toward zero
  const remainder = num % den; // same sign as num
  if (remainder === 0n || mode === 'down') return quotient;
  const twiceRemainder = (remainder < 0n ? -remainder : remainder) * 2n;
  const awayFromZero = num < 0n ? quotient - 1n : quotient + 1n;
  if (twiceRemainder > den) return awayFromZero;
  if (twiceRemainder < den) return quotient;
  if (mode === 'half-up') return awayFromZero;
  return quotient % 2n === 0n ? quotient : awayFromZero; // half-even
}

export function fractionFromBp(bp: number): Fraction {
  if (!Number.isSafeInteger(bp)) throw new DomainError('RATE_INVALID', 'invalid', { bp: String(bp) });
  return { numerator: BigInt(bp), denominator: BASIS_POINTS_PER_UNIT };
}

/** base × rate, rounded once. `rate` is basis points (a number) or an exact fraction. */
export function applyRate(base: Rupiah, rate: number | Fraction, mode: RoundingMode = 'half-up'): Rupiah {
  const fraction = typeof rate === 'number' ? fractionFromBp(rate) : rate;
  return rupiah(divideRounded(BigInt(base) * fraction.numerator, fraction.denominator, mode));
}

/** base × rate rounded half up: the rounding REGULATIONS.md documents for contributions. */
export function applyRateHalfUp(base: Rupiah, rate: number | Fraction): Rupiah {
  return applyRate(base, rate, 'half-up');
}

/** Exact value of a decimal written in base 10: '2.5' → 25/10. A number is read through its shortest
 * decimal representation (2.5 → '2.5'), so the caller's intended decimal is kept exactly. */
export function parseDecimal(value: string | number): Fraction {
  const text = typeof value === 'number' ? String(value) : value.trim();
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new DomainError('DECIMAL_INVALID', 'invalid', { value: String(value) });
  const decimals = match[3] ?? '';
  const digits = BigInt(`${match[2]}${decimals}`);
  return { numerator: match[1] === '-' ? -digits : digits, denominator: 10n ** BigInt(decimals.length) };
}

export function multiplyFractions(a: Fraction, b: Fraction): Fraction {
  return { numerator: a.numerator * b.numerator, denominator: a.denominator * b.denominator };
}

/** amount × an integer count (headcount, months), checked to stay a safe integer. */
export function multiplyRupiah(amount: Rupiah, count: number): Rupiah {
  if (!Number.isSafeInteger(count)) throw new DomainError('COUNT_INVALID', 'invalid', { count: String(count) });
  return rupiah(BigInt(amount) * BigInt(count));
}

export function sumRupiah(amounts: readonly Rupiah[]): Rupiah {
  return rupiah(amounts.reduce((total, amount) => total + BigInt(amount), 0n));
}

export function maxRupiah(a: Rupiah, b: Rupiah): Rupiah {
  return a >= b ? a : b;
}
