/**
 * Late fee (denda) on a bill: the rule's rate per month of delay on the contribution paid late,
 * counted from the due date to the payment date (REGULATIONS.md §3, PP 44/2015). Whether it applies at
 * all is the PKS's switch: PP 44/2015 sets it for employers other than penyelenggara negara, so a
 * regency's own bills carry none unless the PKS says so. Pure: the rate comes in as basis points.
 */
import { addMonths, type IsoDate } from './calendar';
import { applyRate, type Rupiah } from './money';

/** Started months of delay: paid on the due date = 0; one day late = 1; one month and a day = 2. */
export function monthsLate(dueOn: IsoDate, paidOn: IsoDate): number {
  if (paidOn <= dueOn) return 0;
  let months = 1;
  while (addMonths(dueOn, months) < paidOn) months += 1;
  return months;
}

export interface LateFeePiece { readonly amount: number; readonly paidOn: IsoDate }

export interface LateFeeInput {
  readonly dueOn: IsoDate;
  /** Contribution paid, piece by piece, with the day each piece was paid. */
  readonly paid: readonly LateFeePiece[];
  /** Contribution still unpaid: its fee runs to `today`. */
  readonly outstanding: number;
  readonly today: IsoDate;
  /** The rule's rate per month of delay, basis points; null when the PKS has the late fee off. */
  readonly rateBp: number | null;
}

/** Each late piece × rate × its months of delay, rounded half up per piece. 0 when switched off. */
export function lateFee(input: LateFeeInput): Rupiah {
  if (input.rateBp === null) return 0 as Rupiah;
  const pieces = [...input.paid, { amount: input.outstanding, paidOn: input.today }];
  let total = 0;
  for (const piece of pieces) {
    const months = monthsLate(input.dueOn, piece.paidOn);
    if (months > 0 && piece.amount > 0) total += applyRate(piece.amount as Rupiah, input.rateBp * months);
  }
  return total as Rupiah;
}
