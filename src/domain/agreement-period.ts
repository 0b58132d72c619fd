/**
 * The contribution months an agreement period covers. Iuran is due per calendar month, so a period
 * pays for every month it touches: 2025-01-01..2025-12-31 → 2025-01, 12 months; a PKS starting on the
 * 15th still pays its first month.
 */
import { assertDate, monthOf, type IsoDate, type IsoMonth } from './calendar';
import { DomainError } from './errors';

export interface ContributionMonths {
  readonly start: IsoMonth;
  readonly months: number;
}

/**
 * The longest period an agreement may cover. Not a legal rule but a guard against typos (2205 for 2025):
 * a PKS is funded from one or a few APBD years, an MoU frames several PKS (the Nagekeo MoU: 5 years).
 */
export const MAX_AGREEMENT_MONTHS = { mou: 120, pks: 60 } as const;

/** The contribution months of an agreement's period, refused when longer than its kind allows. */
export function agreementMonths(kind: keyof typeof MAX_AGREEMENT_MONTHS, periodStart: IsoDate, periodEnd: IsoDate): ContributionMonths {
  const counted = countContributionMonths(periodStart, periodEnd);
  const max = MAX_AGREEMENT_MONTHS[kind];
  if (counted.months > max) throw new DomainError('PERIOD_TOO_LONG', 'invalid', { field: 'periodEnd', max, months: counted.months });
  return counted;
}

export function countContributionMonths(periodStart: IsoDate, periodEnd: IsoDate): ContributionMonths {
  const [from, to] = [assertDate(periodStart, 'periodStart'), assertDate(periodEnd, 'periodEnd')];
  if (to < from) throw new DomainError('PERIOD_INVALID', 'invalid', { field: 'periodEnd' });
  const index = (month: IsoMonth) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
  return { start: monthOf(from), months: index(monthOf(to)) - index(monthOf(from)) + 1 };
}
