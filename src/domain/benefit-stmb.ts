/**
 * STMB (sementara tidak mampu bekerja, temporary incapacity) — PP 82/2019: 100% of the wage for the
 * first 12 months, 50% after, until recovery. One line per rate period; each month's amount is rounded
 * by the 'rounding.mode' rule (half up), then multiplied by the months in the period.
 */
import { assertDate } from './calendar';
import type { BenefitLine, WageBenefitInput } from './benefit.types';
import { DomainError } from './errors';
import { applyRate, multiplyRupiah, rupiah, sumRupiah, type Rupiah } from './money';
import { citeRule, findRoundingModeAt, requireValueAt, type RuleLookup } from './rule-lookup';

export interface StmbInput extends WageBenefitInput {
  /** Whole months of incapacity. */
  readonly months: number;
}

export interface StmbLine extends BenefitLine {
  readonly fromMonth: number;
  readonly toMonth: number;
  readonly monthly: Rupiah;
}

export function computeStmbBenefit(input: StmbInput, book: RuleLookup): { amount: Rupiah; lines: readonly StmbLine[] } {
  const on = assertDate(input.on, 'on');
  const wage = rupiah(input.wage);
  if (wage < 0) throw new DomainError('WAGE_NEGATIVE', 'invalid', { wage });
  if (!Number.isSafeInteger(input.months) || input.months < 0) {
    throw new DomainError('MONTHS_INVALID', 'invalid', { months: input.months });
  }
  const { mode } = findRoundingModeAt(book, on);
  const fullMonths = requireValueAt(book, 'jkk.benefit.stmb.full-months', on, 'months').value;
  const first = requireValueAt(book, 'jkk.benefit.stmb.rate.first', on, 'bp');
  const after = requireValueAt(book, 'jkk.benefit.stmb.rate.after', on, 'bp');
  const periods = [
    { rule: first, fromMonth: 1, months: Math.min(input.months, fullMonths) },
    { rule: after, fromMonth: fullMonths + 1, months: Math.max(0, input.months - fullMonths) },
  ];
  const lines = periods
    .filter((period) => period.months > 0)
    .map(({ rule, fromMonth, months }): StmbLine => {
      const monthly = applyRate(wage, rule.value, mode);
      const amount = multiplyRupiah(monthly, months);
      const toMonth = fromMonth + months - 1;
      return { component: 'stmb', amount, wage, rateBp: rule.value, months, fromMonth, toMonth, monthly, ...citeRule(rule) };
    });
  return { amount: sumRupiah(lines.map((line) => line.amount)), lines };
}
