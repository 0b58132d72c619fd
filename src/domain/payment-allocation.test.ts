import { describe, expect, it } from 'vitest';
import { allocatePayments, allocationOf, type AllocationBill, type AllocationPayment } from './payment-allocation';

// Three monthly bills of one PKS; ids deliberately not in due order, so the sort is what decides.
const bills: AllocationBill[] = [
  { id: 12, dueOn: '2025-03-17', month: '2025-02', amount: 100 },
  { id: 11, dueOn: '2025-02-17', month: '2025-01', amount: 100 },
  { id: 13, dueOn: '2025-04-15', month: '2025-03', amount: 100 },
];
const pay = (id: number, amount: number, billIds: number[] | null = null, paidOn = '2025-02-10'): AllocationPayment =>
  ({ id, amount, billIds, paidOn });

describe('allocatePayments: oldest due first, partial, over, picked, reversed (issue #12 item 3)', () => {
  it.each([
    ['exact payment of the oldest bill', [pay(1, 100)], { 11: 100, 12: 0, 13: 0 }, 0],
    ['partial payment leaves the rest outstanding', [pay(1, 60)], { 11: 60, 12: 0, 13: 0 }, 0],
    ['spills over to the next bill by due date', [pay(1, 150)], { 11: 100, 12: 50, 13: 0 }, 0],
    ['overpayment beyond every bill is credit', [pay(1, 350)], { 11: 100, 12: 100, 13: 100 }, 50],
    ['two payments, the second continues where the first stopped', [pay(1, 60), pay(2, 60)], { 11: 100, 12: 20, 13: 0 }, 0],
    ['a picked bill is paid even when an older one is open', [pay(1, 100, [13])], { 11: 0, 12: 0, 13: 100 }, 0],
    // The picked bill's leftover is credit, and credit pays the open bills oldest first (PP 50/2025).
    ['over-payment of a picked bill flows to the oldest open bill', [pay(1, 130, [13])], { 11: 30, 12: 0, 13: 100 }, 0],
    ['no payments, nothing paid', [], { 11: 0, 12: 0, 13: 0 }, 0],
  ])('%s', (_name, payments, paid, credit) => {
    const result = allocatePayments(bills, payments);
    expect(Object.fromEntries(result.paidByBill)).toEqual(paid);
    expect(result.credit).toBe(credit);
  });

  it('credit carried forward pays a bill issued after the overpayment', () => {
    const before = allocatePayments(bills.slice(0, 2), [pay(1, 250)]);
    expect(before.credit).toBe(50);
    // The March bill is issued later: the same payment's credit now pays half of it.
    const after = allocatePayments(bills, [pay(1, 250)]);
    expect(after.paidByBill.get(13)).toBe(50);
    expect(after.credit).toBe(0);
    expect(after.allocations.find((a) => a.billId === 13)).toMatchObject({ paymentId: 1, amount: 50 });
  });

  it('credit waiting from an earlier payment pays before the next SP2D', () => {
    const result = allocatePayments(bills, [pay(1, 250, [11, 12]), pay(2, 100)]);
    // payment 1: 11 and 12 in full, 50 credit → bill 13; payment 2 pays the other 50, 50 is left over.
    expect(Object.fromEntries(result.paidByBill)).toEqual({ 11: 100, 12: 100, 13: 100 });
    expect(allocationOf(result, 2, 100)).toEqual({ allocated: [{ billId: 13, amount: 50 }], credit: 50 });
    expect(result.allocations.filter((a) => a.fromCredit)).toEqual([
      { paymentId: 1, billId: 13, amount: 50, paidOn: '2025-02-10', fromCredit: true },
    ]);
  });

  it('a reversed payment is left out: its bill is outstanding again and later credit moves to it', () => {
    const all = [pay(1, 100), pay(2, 150)];
    expect(Object.fromEntries(allocatePayments(bills, all).paidByBill)).toEqual({ 11: 100, 12: 100, 13: 50 });
    const withoutFirst = allocatePayments(bills, all.filter((p) => p.id !== 1));
    expect(Object.fromEntries(withoutFirst.paidByBill)).toEqual({ 11: 100, 12: 50, 13: 0 });
  });

  it('payments apply in recording order, not by their dates (a new SP2D never changes an earlier one)', () => {
    const result = allocatePayments(bills, [pay(2, 100, null, '2025-01-05'), pay(1, 100, null, '2025-03-01')]);
    expect(result.allocations.map((a) => [a.paymentId, a.billId])).toEqual([[1, 11], [2, 12]]);
  });

  it('a correction bill of pengurangan lines only (negative) is credit for the open bills', () => {
    const correction: AllocationBill = { id: 14, dueOn: '2025-04-15', month: '2025-03', amount: -30 };
    const result = allocatePayments([...bills, correction], [pay(1, 100)]);
    expect(Object.fromEntries(result.paidByBill)).toEqual({ 11: 100, 12: 30, 13: 0, 14: 0 });
    expect(result.allocations[0]).toMatchObject({ paymentId: -14, billId: 11, amount: 30, fromCredit: true });
  });
});
