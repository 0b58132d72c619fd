/**
 * JKM benefit — death not caused by work (PP 82/2019): lump sum + periodic (24 months paid at once)
 * + funeral = Rp 42,000,000, plus the scholarship entitlement (≥ 36 months of contributions).
 * BPU with fewer than 3 months of contributions receive the funeral cost only [U].
 */
import { assertDate, type IsoDate } from './calendar';
import type { BenefitLine, ScholarshipEntitlement } from './benefit.types';
import type { Scheme } from './contribution.types';
import { DomainError } from './errors';
import { rupiah, sumRupiah, type Rupiah } from './money';
import { citeRule, requireValueAt, type RuleLookup } from './rule-lookup';
import { computeScholarship } from './scholarship';

export interface JkmBenefitInput {
  readonly scheme: Scheme;
  /** Months of contributions paid before the death. */
  readonly contributionMonths: number;
  readonly on: IsoDate;
}

export interface JkmBenefit {
  readonly lumpSum: Rupiah;
  readonly periodic: Rupiah;
  readonly funeral: Rupiah;
  readonly total: Rupiah;
  /** False when a BPU had too few months for the full benefit (funeral only). */
  readonly isFullBenefit: boolean;
  readonly scholarship: ScholarshipEntitlement;
  readonly lines: readonly BenefitLine[];
}

export function computeJkmBenefit(input: JkmBenefitInput, book: RuleLookup): JkmBenefit {
  const on = assertDate(input.on, 'on');
  if (!Number.isSafeInteger(input.contributionMonths) || input.contributionMonths < 0) {
    throw new DomainError('CONTRIBUTION_MONTHS_INVALID', 'invalid', { contributionMonths: input.contributionMonths });
  }
  const funeralRule = requireValueAt(book, 'jkm.benefit.funeral', on, 'rupiah');
  const lines: BenefitLine[] = [{ component: 'funeral', amount: rupiah(funeralRule.value), ...citeRule(funeralRule) }];
  // [U] BPU: full JKM only after ≥ 3 months of contributions; before that, funeral cost only.
  const minimumRule =
    input.scheme === 'bpu' ? requireValueAt(book, 'bpu.jkm.full-benefit.min-contribution-months', on, 'months') : null;
  const isFullBenefit = minimumRule === null || input.contributionMonths >= minimumRule.value;
  if (isFullBenefit) {
    const lumpSumRule = requireValueAt(book, 'jkm.benefit.lump-sum', on, 'rupiah');
    const periodicRule = requireValueAt(book, 'jkm.benefit.periodic', on, 'rupiah');
    lines.unshift(
      { component: 'lump-sum', amount: rupiah(lumpSumRule.value), ...citeRule(lumpSumRule) },
      { component: 'periodic', amount: rupiah(periodicRule.value), months: 24, ...citeRule(periodicRule) },
    );
  }
  const amountOf = (component: BenefitLine['component']) =>
    lines.find((line) => line.component === component)?.amount ?? rupiah(0);
  return {
    lumpSum: amountOf('lump-sum'),
    periodic: amountOf('periodic'),
    funeral: amountOf('funeral'),
    total: sumRupiah(lines.map((line) => line.amount)),
    isFullBenefit,
    scholarship: computeScholarship({ kind: 'jkm', contributionMonths: input.contributionMonths }, on, book),
    lines,
  };
}
