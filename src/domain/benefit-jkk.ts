/**
 * JKK cash benefits for death and permanent disability — PP 82/2019. "Wage" is the reported wage (PU)
 * or the declared income (BPU). Partial disability percentages may be decimals (2.5%): they are read as
 * exact fractions and the result is rounded once, at the end, by the 'rounding.mode' rule (half up).
 */
import { assertDate } from './calendar';
import type { BenefitLine, ScholarshipEntitlement, WageBenefitInput } from './benefit.types';
import { DomainError } from './errors';
import { divideRounded, multiplyFractions, parseDecimal, rupiah, sumRupiah, type Rupiah } from './money';
import { citeRule, findRoundingModeAt, requireValueAt, type RuleLookup } from './rule-lookup';
import { computeScholarship } from './scholarship';

function readWage(input: WageBenefitInput): Rupiah {
  const wage = rupiah(input.wage);
  if (wage < 0) throw new DomainError('WAGE_NEGATIVE', 'invalid', { wage });
  return wage;
}

function multiplierLine(
  component: BenefitLine['component'],
  key: string,
  input: WageBenefitInput,
  book: RuleLookup,
): BenefitLine {
  const wage = readWage(input);
  const rule = requireValueAt(book, key, assertDate(input.on, 'on'), 'multiplier');
  return { component, amount: rupiah(BigInt(wage) * BigInt(rule.value)), wage, multiplier: rule.value, ...citeRule(rule) };
}

export interface JkkDeathBenefit {
  readonly wageBenefit: Rupiah;
  readonly periodic: Rupiah;
  readonly funeral: Rupiah;
  readonly total: Rupiah;
  /** Always eligible: a work accident needs no minimum contribution period. */
  readonly scholarship: ScholarshipEntitlement;
  readonly lines: readonly BenefitLine[];
}

/** PP 82/2019: death from a work accident = 48 × wage + Rp 12,000,000 periodic + Rp 10,000,000 funeral. */
export function computeJkkDeathBenefit(input: WageBenefitInput, book: RuleLookup): JkkDeathBenefit {
  const wageLine = multiplierLine('death-wage', 'jkk.benefit.death.multiplier', input, book);
  const periodicRule = requireValueAt(book, 'jkk.benefit.death.periodic', input.on, 'rupiah');
  const funeralRule = requireValueAt(book, 'jkk.benefit.death.funeral', input.on, 'rupiah');
  const lines: BenefitLine[] = [
    wageLine,
    { component: 'periodic', amount: rupiah(periodicRule.value), ...citeRule(periodicRule) },
    { component: 'funeral', amount: rupiah(funeralRule.value), ...citeRule(funeralRule) },
  ];
  return {
    wageBenefit: wageLine.amount,
    periodic: rupiah(periodicRule.value),
    funeral: rupiah(funeralRule.value),
    total: sumRupiah(lines.map((line) => line.amount)),
    scholarship: computeScholarship({ kind: 'work-accident' }, input.on, book),
    lines,
  };
}

/** PP 82/2019: total permanent disability = 56 × wage; scholarship without minimum period. */
export interface TotalDisabilityBenefit {
  readonly amount: Rupiah;
  readonly scholarship: ScholarshipEntitlement;
  readonly lines: readonly BenefitLine[];
}

export function computeTotalDisabilityBenefit(input: WageBenefitInput, book: RuleLookup): TotalDisabilityBenefit {
  const line = multiplierLine('total-disability-wage', 'jkk.benefit.total-disability.multiplier', input, book);
  return { amount: line.amount, scholarship: computeScholarship({ kind: 'work-accident' }, input.on, book), lines: [line] };
}

export interface PartialDisabilityInput extends WageBenefitInput {
  /** Table percentage of the lost body part, e.g. 2.5 or '2.5'. */
  readonly tablePercent: number | string;
  /** Functional disability only: the loss-of-function percentage; omit for anatomical loss. */
  readonly functionLossPercent?: number | string;
}

function readPercent(value: number | string, field: string) {
  const fraction = parseDecimal(value);
  if (fraction.numerator < 0n || fraction.numerator > 100n * fraction.denominator) {
    throw new DomainError('PERCENT_INVALID', 'invalid', { field, value: String(value) });
  }
  return { numerator: fraction.numerator, denominator: fraction.denominator * 100n };
}

/** PP 82/2019: anatomical = table % × 80 × wage; functional = loss-of-function % × table % × 80 × wage. */
export function computePartialDisabilityBenefit(
  input: PartialDisabilityInput,
  book: RuleLookup,
): { amount: Rupiah; lines: readonly BenefitLine[] } {
  const full = multiplierLine('partial-disability-wage', 'jkk.benefit.partial-disability.multiplier', input, book);
  let share = readPercent(input.tablePercent, 'tablePercent');
  if (input.functionLossPercent !== undefined) {
    share = multiplyFractions(share, readPercent(input.functionLossPercent, 'functionLossPercent'));
  }
  const { mode } = findRoundingModeAt(book, input.on);
  const amount = rupiah(divideRounded(BigInt(full.amount) * share.numerator, share.denominator, mode));
  const percents = [input.tablePercent, input.functionLossPercent].filter((p) => p !== undefined).map(String);
  return { amount, lines: [{ ...full, amount, percents }] };
}
