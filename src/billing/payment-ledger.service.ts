/**
 * The ledger of one PKS: its bills with what is paid, outstanding, the late fee and the status — replayed
 * from the recorded payments (src/domain/payment-allocation.ts), so a reversal or a bill issued after an
 * overpayment is reflected at once. Late fee: the PKS switch (default off: PP 44/2015 sets the 2% per
 * month for employers other than penyelenggara negara) × the rule in force on the bill's due date, on
 * PU bills, from each payment's date (and to today for what is still unpaid). No actor: callers authorise.
 */
import type { Db } from '../db/database';
import { billStatus, type BillStatus } from '../domain/bill-status';
import type { IsoDate } from '../domain/calendar';
import { lateFee } from '../domain/late-fee';
import { allocatePayments, type AllocationResult } from '../domain/payment-allocation';
import { requireValueAt } from '../domain/rule-lookup';
import { getRuleBook } from '../regulation/rule-book.service';
import { billsOf, type BillFact } from './billing-facts.service';
import * as settings from './payment-settings.repository';
import * as repo from './payments.repository';

export interface BillState extends BillFact {
  paid: number; outstanding: number; lateFee: number; lateFeeRule: string | null; status: BillStatus;
}

export interface Ledger {
  agreementId: number;
  bills: BillState[];
  /** Sum of the payments not reversed. */
  paid: number;
  credit: number;
  lateFeeOn: boolean;
  replay: AllocationResult;
  payments: repo.PaymentRow[];
}

// A regency is a penyelenggara negara: the late-fee row of that scope (unconfirmed) is the one that applies.
const LATE_FEE_KEY = 'payment.pu.late-fee.rate';
const LATE_FEE_SCOPE = { employer: 'penyelenggara-negara' };

export async function ledgerOf(db: Db, tenantCode: string, agreementId: number, today: IsoDate): Promise<Ledger> {
  const [bills, payments, setting] = await Promise.all([
    billsOf(db, tenantCode, agreementId), repo.listPayments(db, tenantCode, [agreementId]), settings.agreementSetting(db, tenantCode, agreementId),
  ]);
  const live = payments.filter((p) => p.reversed_at === null);
  const replay = allocatePayments(bills, live.map((p) => ({ id: p.id, paidOn: p.paid_on, amount: p.amount, billIds: p.bill_ids.map(Number) })));
  const lateFeeOn = setting?.late_fee ?? false;
  const book = lateFeeOn ? await getRuleBook(db) : null;
  const states = bills.map((bill): BillState => {
    const paid = replay.paidByBill.get(bill.id) ?? 0;
    const outstanding = Math.max(0, bill.amount - paid);
    const rule = book && bill.scheme === 'pu' ? requireValueAt(book, LATE_FEE_KEY, bill.dueOn, 'bp', LATE_FEE_SCOPE) : null;
    const pieces = replay.allocations.filter((a) => a.billId === bill.id).map((a) => ({ amount: a.amount, paidOn: a.paidOn }));
    const fee = lateFee({ dueOn: bill.dueOn, paid: pieces, outstanding, today, rateBp: rule?.value ?? null });
    return { ...bill, paid, outstanding, lateFee: fee, lateFeeRule: rule?.id ?? null, status: billStatus({ amount: bill.amount, paid, dueOn: bill.dueOn }, today) };
  });
  return { agreementId, bills: states, paid: live.reduce((sum, p) => sum + p.amount, 0), credit: replay.credit, lateFeeOn, replay, payments };
}

/** What the bills list needs: per bill id its paid / outstanding / late fee / status (bills of these PKS). */
export async function paymentStateOf(db: Db, tenantCode: string, agreementIds: number[], today: IsoDate):
  Promise<Map<number, Pick<BillState, 'paid' | 'outstanding' | 'lateFee' | 'status'>>> {
  const ledgers = await Promise.all([...new Set(agreementIds)].map((id) => ledgerOf(db, tenantCode, id, today)));
  return new Map(ledgers.flatMap((l) => l.bills.map((b) => [b.id, { paid: b.paid, outstanding: b.outstanding, lateFee: b.lateFee, status: b.status }] as const)));
}
