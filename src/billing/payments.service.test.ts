import { describe, expect, it } from 'vitest';
import { aTenant, anAgreement, dinasOf, NAGEKEO } from '../../test/factories';
import { useTestDb } from '../../test/support/db';
import { setLateFee, someBills } from '../../test/support/payments';
import { ledgerOf } from './payment-ledger.service';
import { recordPayment, reversePayment } from './payments.service';
import { realisation } from './realisation.service';

const getDb = useTestDb();
const TODAY = '2026-06-30';

async function pksWithBills(amounts = [100_000, 100_000, 100_000]) {
  const db = getDb();
  await aTenant(db);
  const pks = await anAgreement(db, NAGEKEO);
  const groupId = pks.groups[0]!.id;
  const months = ['2026-01', '2026-02', '2026-03'];
  const dues = ['2026-02-16', '2026-03-16', '2026-04-15'];
  const billIds = await someBills(db, NAGEKEO, pks.id, amounts.map((amount, i) => ({ month: months[i]!, dueOn: dues[i]!, amount, groupId })));
  return { pks, billIds };
}

const pay = (agreementId: number, sp2dNumber: string, amount: number, extra: { paidOn?: string; billIds?: number[] } = {}) =>
  recordPayment(getDb(), dinasOf(), NAGEKEO, agreementId, { sp2dNumber, amount, paidOn: extra.paidOn ?? '2026-02-10', billIds: extra.billIds }, TODAY);

describe('recordPayment on PostgreSQL: allocation, credit, idempotency, reversal (issue #12 item 3)', () => {
  it('partial, then over-payment: the rest stays outstanding, the excess is credit carried to the next bill', async () => {
    const { pks, billIds: [jan, feb, mar] } = await pksWithBills();
    expect(await pay(pks.id, 'SP2D/1', 60_000)).toEqual({ paymentId: expect.any(Number), allocated: [{ billId: jan, amount: 60_000 }], credit: 0, alreadyRecorded: false });
    const second = await pay(pks.id, 'SP2D/2', 300_000);
    expect(second.allocated).toEqual([{ billId: jan, amount: 40_000 }, { billId: feb, amount: 100_000 }, { billId: mar, amount: 100_000 }]);
    expect(second.credit).toBe(60_000);
    // a bill issued afterwards is paid by the waiting credit (PP 50/2025)
    const [apr] = await someBills(getDb(), NAGEKEO, pks.id, [{ month: '2026-04', dueOn: '2026-05-15', amount: 100_000, groupId: pks.groups[0]!.id }]);
    const ledger = await ledgerOf(getDb(), NAGEKEO, pks.id, TODAY);
    expect(ledger.bills.map((b) => [b.id, b.paid, b.outstanding, b.status])).toEqual([
      [jan, 100_000, 0, 'lunas'], [feb, 100_000, 0, 'lunas'], [mar, 100_000, 0, 'lunas'], [apr, 60_000, 40_000, 'kurang-bayar'],
    ]);
    expect(ledger.credit).toBe(0);
  });

  it('the same SP2D twice is recorded once; the same number with another amount is refused', async () => {
    const { pks } = await pksWithBills();
    const first = await pay(pks.id, 'SP2D/IDEM', 50_000);
    const again = await pay(pks.id, 'SP2D/IDEM', 50_000);
    expect(again).toEqual({ ...first, alreadyRecorded: true });
    await expect(pay(pks.id, 'SP2D/IDEM', 51_000)).rejects.toMatchObject({ code: 'PAYMENT_SP2D_CONFLICT' });
    expect((await ledgerOf(getDb(), NAGEKEO, pks.id, TODAY)).paid).toBe(50_000);
  });

  it('refuses bad input with typed codes and writes nothing', async () => {
    const { pks } = await pksWithBills();
    await expect(pay(pks.id, ' ', 1)).rejects.toMatchObject({ code: 'PAYMENT_SP2D_REQUIRED' });
    await expect(pay(pks.id, 'X', 0)).rejects.toMatchObject({ code: 'PAYMENT_AMOUNT_INVALID' });
    await expect(pay(pks.id, 'X', 1.5)).rejects.toMatchObject({ code: 'PAYMENT_AMOUNT_INVALID' });
    await expect(pay(pks.id, 'X', 1, { paidOn: '2026-07-01' })).rejects.toMatchObject({ code: 'PAYMENT_DATE_FUTURE' });
    await expect(pay(pks.id, 'X', 1, { paidOn: '2026-02-30' })).rejects.toMatchObject({ code: 'DATE_INVALID' });
    await expect(pay(pks.id, 'X', 1, { billIds: [999_999] })).rejects.toMatchObject({ code: 'PAYMENT_BILL_NOT_OF_PKS' });
    expect((await ledgerOf(getDb(), NAGEKEO, pks.id, TODAY)).payments).toEqual([]);
  });

  it('a picked bill is paid before older ones', async () => {
    const { pks, billIds: [, , mar] } = await pksWithBills();
    expect((await pay(pks.id, 'SP2D/PICK', 100_000, { billIds: [mar!] })).allocated).toEqual([{ billId: mar, amount: 100_000 }]);
  });

  it('reversal: kept with its reason, the bills are outstanding again, a second reversal is refused', async () => {
    const { pks, billIds: [jan] } = await pksWithBills();
    const { paymentId } = await pay(pks.id, 'SP2D/REV', 100_000);
    await pay(pks.id, 'SP2D/LATER', 50_000);
    await expect(reversePayment(getDb(), dinasOf(), NAGEKEO, paymentId, '  ')).rejects.toMatchObject({ code: 'PAYMENT_REASON_REQUIRED' });
    await reversePayment(getDb(), dinasOf(), NAGEKEO, paymentId, 'SP2D salah input');
    const ledger = await ledgerOf(getDb(), NAGEKEO, pks.id, TODAY);
    expect(ledger.payments.find((p) => p.id === paymentId)).toMatchObject({ reversal_reason: 'SP2D salah input' });
    // the later 50,000 now pays January (oldest due) instead of February
    expect(ledger.bills.find((b) => b.id === jan)).toMatchObject({ paid: 50_000, outstanding: 50_000, status: 'kurang-bayar' });
    expect(ledger.paid).toBe(50_000);
    await expect(reversePayment(getDb(), dinasOf(), null, paymentId, 'lagi')).rejects.toMatchObject({ code: 'PAYMENT_ALREADY_REVERSED' });
  });

  it.each([
    ['off (default: penyelenggara negara)', false, 0],
    // January's 100,000 due 2026-02-16, paid 2026-04-01: 2 started months × 2% = 4,000
    ['on: 2% per started month of delay', true, 4_000],
  ])('late fee %s', async (_name, on, fee) => {
    const { pks, billIds: [jan] } = await pksWithBills();
    await setLateFee(getDb(), NAGEKEO, pks.id, on);
    await pay(pks.id, 'SP2D/LATE', 100_000, { paidOn: '2026-04-01' });
    const bill = (await ledgerOf(getDb(), NAGEKEO, pks.id, '2026-04-01')).bills.find((b) => b.id === jan)!;
    expect(bill.lateFee).toBe(fee);
    expect(bill.lateFeeRule).toBe(on ? 'payment.pu.late-fee.rate[employer=penyelenggara-negara]@2015-07-01' : null);
  });
});

describe('realisation of a PKS', () => {
  it('budget, billed, paid, outstanding, credit, remaining and the month the budget runs out', async () => {
    const { pks } = await pksWithBills([10_000_000, 10_000_000, 10_000_000]);
    await pay(pks.id, 'SP2D/R1', 25_000_000);
    const r = await realisation(getDb(), NAGEKEO, pks.id, TODAY);
    expect(r).toMatchObject({ agreementId: pks.id, budget: 30_000_000, billed: 30_000_000, paid: 25_000_000, outstanding: 5_000_000, lateFees: 0, credit: 0, remainingBudget: 0 });
    expect(r.months.slice(0, 4)).toEqual([
      { month: '2026-01', billed: 10_000_000, paid: 10_000_000, status: 'lunas' },
      { month: '2026-02', billed: 10_000_000, paid: 10_000_000, status: 'lunas' },
      { month: '2026-03', billed: 10_000_000, paid: 5_000_000, status: 'kurang-bayar' },
      { month: '2026-04', billed: 0, paid: 0, status: 'not-billed' },
    ]);
    // nobody is enrolled: the unbilled months cost nothing and the 30 M budget is exactly used by March
    expect(r.runsOutIn).toBeNull();
    expect(r.forecast).toMatchObject({ yearEndBalance: 0, activeHeadcount: 0, monthlyCost: 0 });
  });
});
