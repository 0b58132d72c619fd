/**
 * Allocation of a PKS's payments (SP2D) to its bills — pure, replayed from the recorded payments.
 *
 * Payments are applied in the order they were recorded (their id), never by date, so recording a new
 * SP2D never changes what an earlier one paid. Each payment goes to the bills the user picked (oldest due
 * first among them) or, without picks, to every open bill oldest due first. What a payment leaves over is
 * credit: PP 50/2025 carries overpayments forward, so the credit pool pays the next open bills (oldest due
 * first) as soon as they exist — a bill issued after an overpayment is paid (partly) by that credit.
 * A reversed payment is simply left out of the replay: its bills become outstanding again and the later
 * payments' credit flows where it now belongs. A correction bill with a negative amount (only pengurangan
 * lines) owes nothing and is credit itself (paymentId = −bill id). Amounts are integer rupiah.
 */
import type { IsoDate, IsoMonth } from './calendar';

export interface AllocationBill {
  readonly id: number;
  readonly dueOn: IsoDate;
  readonly month: IsoMonth;
  readonly amount: number;
}

export interface AllocationPayment {
  readonly id: number;
  readonly paidOn: IsoDate;
  readonly amount: number;
  /** Bills the user picked; null or empty = oldest due first. */
  readonly billIds: readonly number[] | null;
}

/** One piece of money moving from a payment to a bill; `fromCredit` when it is a payment's leftover. */
export interface Allocation {
  readonly paymentId: number;
  readonly billId: number;
  readonly amount: number;
  readonly paidOn: IsoDate;
  readonly fromCredit: boolean;
}

export interface AllocationResult {
  readonly allocations: Allocation[];
  /** Paid per bill id (0 for bills nothing reached). */
  readonly paidByBill: Map<number, number>;
  /** Money paid and not (yet) owed by any bill. */
  readonly credit: number;
}

/** Oldest due first; bills due the same day by month, then id, so the order never depends on input order. */
export function compareBills(a: AllocationBill, b: AllocationBill): number {
  if (a.dueOn !== b.dueOn) return a.dueOn < b.dueOn ? -1 : 1;
  if (a.month !== b.month) return a.month < b.month ? -1 : 1;
  return a.id - b.id;
}

interface Pool { paymentId: number; paidOn: IsoDate; left: number }

export function allocatePayments(bills: readonly AllocationBill[], payments: readonly AllocationPayment[]): AllocationResult {
  const ordered = [...bills].sort(compareBills);
  const open = new Map(ordered.map((bill) => [bill.id, Math.max(0, bill.amount)]));
  const allocations: Allocation[] = [];
  const credit: Pool[] = ordered.filter((bill) => bill.amount < 0)
    .map((bill) => ({ paymentId: -bill.id, paidOn: bill.dueOn, left: -bill.amount }));

  const pay = (pool: Pool, targets: readonly AllocationBill[], fromCredit: boolean) => {
    for (const bill of targets) {
      if (pool.left === 0) return;
      const owed = open.get(bill.id) ?? 0;
      if (owed <= 0) continue;
      const amount = Math.min(owed, pool.left);
      open.set(bill.id, owed - amount);
      pool.left -= amount;
      allocations.push({ paymentId: pool.paymentId, billId: bill.id, amount, paidOn: pool.paidOn, fromCredit });
    }
  };

  for (const payment of [...payments].sort((a, b) => a.id - b.id)) {
    // Credit waiting from earlier payments pays first: it was there before this SP2D arrived.
    for (const pool of credit) pay(pool, ordered, true);
    const picks = payment.billIds && payment.billIds.length > 0 ? new Set(payment.billIds) : null;
    const pool: Pool = { paymentId: payment.id, paidOn: payment.paidOn, left: payment.amount };
    pay(pool, picks ? ordered.filter((bill) => picks.has(bill.id)) : ordered, false);
    credit.push(pool);
  }
  for (const pool of credit) pay(pool, ordered, true);

  const paidByBill = new Map(ordered.map((bill) => [bill.id, Math.max(0, bill.amount) - (open.get(bill.id) ?? 0)]));
  return { allocations, paidByBill, credit: credit.reduce((sum, pool) => sum + pool.left, 0) };
}

/** What one payment did: its allocations (merged per bill, as recorded) and what it left as credit. */
export function allocationOf(result: AllocationResult, paymentId: number, amount: number): {
  allocated: { billId: number; amount: number }[]; credit: number;
} {
  const perBill = new Map<number, number>();
  for (const piece of result.allocations) {
    if (piece.paymentId === paymentId) perBill.set(piece.billId, (perBill.get(piece.billId) ?? 0) + piece.amount);
  }
  const allocated = [...perBill].map(([billId, billAmount]) => ({ billId, amount: billAmount }));
  return { allocated, credit: amount - allocated.reduce((sum, piece) => sum + piece.amount, 0) };
}
