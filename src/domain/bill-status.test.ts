import { describe, expect, it } from 'vitest';
import { billStatus, monthStatus } from './bill-status';

describe('monthStatus', () => {
  it.each([
    [100, 100, 'lunas'], [100, 150, 'lunas'], [100, 99, 'kurang-bayar'], [100, 0, 'belum-bayar'], [0, 0, 'lunas'],
  ])('amount %d paid %d → %s', (amount, paid, status) => expect(monthStatus(amount, paid)).toBe(status));
});

describe('billStatus: payment first, then the dates', () => {
  const dueOn = '2025-02-17';
  it.each([
    ['paid in full, even late', 100, '2025-06-01', 'lunas'],
    ['partly paid, past due', 40, '2025-06-01', 'kurang-bayar'],
    ['unpaid, more than 7 days before due', 0, '2025-02-09', 'terbit'],
    ['unpaid, due within 7 days', 0, '2025-02-10', 'belum-bayar'],
    ['unpaid, on the due date', 0, '2025-02-17', 'belum-bayar'],
    ['unpaid, the day after due', 0, '2025-02-18', 'lewat-jatuh-tempo'],
  ])('%s', (_name, paid, today, status) => expect(billStatus({ amount: 100, paid, dueOn }, today)).toBe(status));
});
