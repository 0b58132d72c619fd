/**
 * Coverage follows payment (issue #12 item 5): is a participant covered on a day?
 *   active-paid          — the participation is active that day and the month's bill is paid in full;
 *   active-unpaid-grace  — active, the month not (fully) paid, but the day lies before the bill's due date
 *                          plus the scheme's grace months;
 *   not-covered          — not active that day, outside the PKS, or unpaid past due date + grace.
 * Grace is data per scheme (PU a tenant setting, BPU none: BPU pays in advance, coverage follows the paid
 * month). REGULATIONS.md §3 marks how payment drives coverage as unconfirmed [U], so every verdict that
 * depends on payment says `unconfirmed: true`.
 */
import { addMonths, type IsoDate } from './calendar';
import type { MonthStatus } from './bill-status';

export type CoverageVerdict = 'active-paid' | 'active-unpaid-grace' | 'not-covered';
export type CoverageReason =
  | 'COVERAGE_NOT_ACTIVE'
  | 'COVERAGE_OUTSIDE_PKS'
  | 'COVERAGE_MONTH_UNPAID'
  | 'COVERAGE_MONTH_PART_PAID'
  | 'COVERAGE_MONTH_NOT_BILLED'
  | 'COVERAGE_GRACE_ENDED';

export interface CoverageInput {
  readonly on: IsoDate;
  /** The participation is active (covered by its dates) on `on`. */
  readonly active: boolean;
  /** `on` lies inside the PKS period. */
  readonly insidePks: boolean;
  readonly monthStatus: MonthStatus | 'not-billed';
  /** The bill's due date, or the due date the month's bill would have when not billed yet. */
  readonly dueOn: IsoDate;
  readonly graceMonths: number;
}

export interface CoverageAnswer {
  readonly verdict: CoverageVerdict;
  readonly reasons: CoverageReason[];
  readonly unconfirmed: boolean;
  /** Last day an unpaid month still counts as covered (due date + grace), null when paid or inactive. */
  readonly graceUntil: IsoDate | null;
}

export function coverageVerdict(input: CoverageInput): CoverageAnswer {
  const reasons: CoverageReason[] = [];
  if (!input.insidePks) reasons.push('COVERAGE_OUTSIDE_PKS');
  if (!input.active) reasons.push('COVERAGE_NOT_ACTIVE');
  if (reasons.length > 0) return { verdict: 'not-covered', reasons, unconfirmed: false, graceUntil: null };
  if (input.monthStatus === 'lunas') return { verdict: 'active-paid', reasons, unconfirmed: false, graceUntil: null };
  reasons.push(
    input.monthStatus === 'kurang-bayar' ? 'COVERAGE_MONTH_PART_PAID'
      : input.monthStatus === 'not-billed' ? 'COVERAGE_MONTH_NOT_BILLED' : 'COVERAGE_MONTH_UNPAID',
  );
  const graceUntil = input.graceMonths > 0 ? addMonths(input.dueOn, input.graceMonths) : input.dueOn;
  if (input.on <= graceUntil) return { verdict: 'active-unpaid-grace', reasons, unconfirmed: true, graceUntil };
  reasons.push('COVERAGE_GRACE_ENDED');
  return { verdict: 'not-covered', reasons, unconfirmed: true, graceUntil };
}
