/**
 * Monthly contribution (iuran) of ONE participant for JKK + JKM, with every line explained.
 * PU: PP 44/2015 Lampiran I as amended by PP 82/2019, PP 49/2023 rates for JKP participants.
 * BPU: PP 44/2015 Lampiran II (JKK 1% of declared income, JKM flat), PP 50/2025 50% discount.
 * Rounding: once per participant, per program, per month, by the 'rounding.mode' rule (half up).
 */
import { assertDate, type IsoDate } from './calendar';
import type { Contribution, ContributionInput, ContributionLine, ContributionWarning, Program } from './contribution.types';
import { DomainError } from './errors';
import { applyRate, maxRupiah, rupiah, sumRupiah, type RoundingMode, type Rupiah } from './money';
import { citeRule, findRoundingModeAt, requireValueAt, type RuleLookup, type RuleRef } from './rule-lookup';

function rateLine(program: Program, base: Rupiah, rule: RuleRef, mode: RoundingMode): ContributionLine {
  const amount = applyRate(base, rule.value, mode);
  return { program, kind: 'rate', amount, base, rateBp: rule.value, rounding: mode, ...citeRule(rule) };
}

const RISK_CLASSES: readonly string[] = ['very-low', 'low', 'medium', 'high', 'very-high'];

function computePuLines(input: ContributionInput, base: Rupiah, book: RuleLookup, mode: RoundingMode): ContributionLine[] {
  if (input.risk !== undefined && !RISK_CLASSES.includes(input.risk)) {
    throw new DomainError('RISK_CLASS_INVALID', 'invalid', { risk: String(input.risk) });
  }
  const scope = { jkp: input.jkp ? 'yes' : 'no' };
  const jkk = requireValueAt(book, `pu.jkk.rate.${input.risk ?? 'very-low'}`, input.on, 'bp', scope);
  const jkm = requireValueAt(book, 'pu.jkm.rate', input.on, 'bp', scope);
  return [rateLine('JKK', base, jkk, mode), rateLine('JKM', base, jkm, mode)];
}

// PP 50/2025: the participant pays (100% − discount) of each program, rounded; the discount line is the
// difference, so the paid amount is exactly the regulated share. Public funding (APBN/APBD) is excluded
// by the rows' scope (funding=self), so it simply finds no discount row.
function computeDiscountLines(
  lines: readonly ContributionLine[],
  input: ContributionInput,
  book: RuleLookup,
  mode: RoundingMode,
  warnings: ContributionWarning[],
): ContributionLine[] {
  const sector = input.sector ?? 'other';
  const funding = input.funding ?? 'apbd';
  const rule = book.findRuleAt('bpu.discount.rate', input.on, { sector, funding });
  if (!rule) {
    const forSelf = funding === 'self' ? null : book.findRuleAt('bpu.discount.rate', input.on, { sector, funding: 'self' });
    if (forSelf) warnings.push({ code: 'BPU_DISCOUNT_EXCLUDED_PUBLIC_FUNDING', details: { funding }, ...citeRule(forSelf) });
    return [];
  }
  return lines.map((line) => {
    const paid = applyRate(line.amount, 10_000 - rule.value, mode);
    const amount = rupiah(paid - line.amount);
    return { program: line.program, kind: 'discount', amount, base: line.amount, discountBp: rule.value, rounding: mode, ...citeRule(rule) };
  });
}

function computeBpuLines(
  input: ContributionInput,
  declared: Rupiah,
  book: RuleLookup,
  mode: RoundingMode,
  warnings: ContributionWarning[],
): { base: Rupiah; lines: ContributionLine[] } {
  // Declared income below the minimum is raised to it (PP 44/2015 Lampiran II [U]) and the user is told.
  const minimum = requireValueAt(book, 'bpu.income.minimum', input.on, 'rupiah');
  const base = maxRupiah(declared, rupiah(minimum.value));
  if (base !== declared) {
    warnings.push({ code: 'BPU_INCOME_RAISED_TO_MINIMUM', details: { declared, minimum: minimum.value }, ...citeRule(minimum) });
  }
  const jkkRule = requireValueAt(book, 'bpu.jkk.rate', input.on, 'bp');
  const jkmRule = requireValueAt(book, 'bpu.jkm.flat', input.on, 'rupiah');
  const flat = rupiah(jkmRule.value);
  const gross: ContributionLine[] = [
    rateLine('JKK', base, jkkRule, mode),
    { program: 'JKM', kind: 'flat', amount: flat, base, flat, rounding: mode, ...citeRule(jkmRule) },
  ];
  return { base, lines: [...gross, ...computeDiscountLines(gross, input, book, mode, warnings)] };
}

function sumProgram(lines: readonly ContributionLine[], program: Program): Rupiah {
  return sumRupiah(lines.filter((line) => line.program === program).map((line) => line.amount));
}

export function computeContribution(input: ContributionInput, book: RuleLookup): Contribution {
  const on: IsoDate = assertDate(input.on, 'on');
  const wage = rupiah(input.wage);
  if (wage < 0) throw new DomainError('WAGE_NEGATIVE', 'invalid', { wage });
  if (input.scheme !== 'pu' && input.scheme !== 'bpu') {
    throw new DomainError('SCHEME_INVALID', 'invalid', { scheme: String(input.scheme) });
  }
  const { mode } = findRoundingModeAt(book, on);
  const warnings: ContributionWarning[] = [];
  const { base, lines } =
    input.scheme === 'pu'
      ? { base: wage, lines: computePuLines(input, wage, book, mode) }
      : computeBpuLines(input, wage, book, mode, warnings);
  const jkk = sumProgram(lines, 'JKK');
  const jkm = sumProgram(lines, 'JKM');
  return { on, scheme: input.scheme, base, jkk, jkm, total: sumRupiah([jkk, jkm]), lines, warnings };
}
