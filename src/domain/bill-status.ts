/**
 * The payment status of a bill and of a participant-month (issue #12 item 5).
 * A month is `lunas` (its bill paid in full), `kurang-bayar` (partly) or `belum-bayar` (nothing yet).
 * A bill adds its dates: unpaid and not yet due is `terbit`, unpaid past its due date `lewat-jatuh-tempo`
 * (kurang-bayar stays kurang-bayar after the due date: the shortfall is what the Dinas must act on).
 */
import { billStatusOn } from './bill-rules';
import type { IsoDate } from './calendar';

export { DUE_SOON_DAYS } from './bill-rules';

export type MonthStatus = 'lunas' | 'kurang-bayar' | 'belum-bayar';
export type BillStatus = 'terbit' | 'lunas' | 'kurang-bayar' | 'belum-bayar' | 'lewat-jatuh-tempo';

export function monthStatus(amount: number, paid: number): MonthStatus {
  if (paid >= amount) return 'lunas';
  return paid > 0 ? 'kurang-bayar' : 'belum-bayar';
}

/**
 * Unpaid bills keep their date status (bill-rules.ts billStatusOn): `terbit` until the reminder window,
 * `belum-bayar` inside it (due within DUE_SOON_DAYS), `lewat-jatuh-tempo` after the due date.
 */
export function billStatus(bill: { amount: number; paid: number; dueOn: IsoDate }, today: IsoDate): BillStatus {
  const status = monthStatus(bill.amount, bill.paid);
  return status === 'belum-bayar' ? billStatusOn(bill.dueOn, today) : status;
}
