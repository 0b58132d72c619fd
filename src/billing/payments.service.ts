/**
 * Recording and reversing SP2D payments of a PKS (issue #12 item 3). A payment is allocated to the PKS's
 * bills oldest due first unless bills are picked; what it leaves is credit the next bill uses (PP 50/2025);
 * it is reversed with a reason, never deleted. Idempotent by SP2D number per PKS: the same SP2D again
 * answers with the first recording; the same number with another amount or date is refused. Atomic: the
 * payment, its allocation and the audit entry are one transaction, serialised per PKS (advisory lock).
 */
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../auth/actor';
import { loadAgreement } from '../agreements/agreement-access.service';
import type { Db } from '../db/database';
import { assertDate, type IsoDate } from '../domain/calendar';
import { DomainError, notFound } from '../domain/errors';
import { allocationOf } from '../domain/payment-allocation';
import { ledgerOf } from './payment-ledger.service';
import { storeScan } from './payment-scan';
import * as repo from './payments.repository';
import './payments.messages';

export interface PaymentInput {
  sp2dNumber: string; paidOn: IsoDate; amount: number; account?: string; billIds?: number[];
  scan?: { content: Buffer; name: string } | null;
}

export interface RecordedPayment { paymentId: number; allocated: { billId: number; amount: number }[]; credit: number; alreadyRecorded: boolean }

function validate(input: PaymentInput, today: IsoDate): { sp2dNumber: string; billIds: number[] } {
  const sp2dNumber = input.sp2dNumber.trim();
  if (!sp2dNumber || sp2dNumber.length > 100) throw new DomainError('PAYMENT_SP2D_REQUIRED', 'invalid', { field: 'sp2dNumber' });
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0) throw new DomainError('PAYMENT_AMOUNT_INVALID', 'invalid', { field: 'amount' });
  assertDate(input.paidOn, 'paidOn');
  if (input.paidOn > today) throw new DomainError('PAYMENT_DATE_FUTURE', 'invalid', { field: 'paidOn', paidOn: input.paidOn, today });
  return { sp2dNumber, billIds: [...new Set(input.billIds ?? [])] };
}

async function recorded(db: Db, row: repo.PaymentRow): Promise<RecordedPayment> {
  const allocated = (await repo.allocationsOf(db, row.tenant_code, row.id)).map((a) => ({ billId: Number(a.bill_id), amount: Number(a.amount) }));
  return { paymentId: row.id, allocated, credit: row.amount - allocated.reduce((s, a) => s + a.amount, 0), alreadyRecorded: true };
}

function sameOrConflict(row: repo.PaymentRow, input: PaymentInput) {
  if (row.amount !== input.amount || row.paid_on !== input.paidOn) {
    throw new DomainError('PAYMENT_SP2D_CONFLICT', 'conflict', { field: 'sp2dNumber', sp2dNumber: row.sp2d_number, amount: row.amount, paidOn: row.paid_on });
  }
}

export async function recordPayment(db: Db, ctx: RequestContext, tenantCode: string, agreementId: number, input: PaymentInput,
  today: IsoDate, opts: { dataDir?: string; example?: boolean } = {}): Promise<RecordedPayment> {
  const agreement = await loadAgreement(db, ctx, tenantCode, agreementId, 'payments:write');
  if (agreement.kind !== 'pks') throw new DomainError('PAYMENT_NOT_PKS', 'invalid', { field: 'agreementId' });
  const { sp2dNumber, billIds } = validate(input, today);
  const earlier = await repo.findPaymentBySp2d(db, tenantCode, agreementId, sp2dNumber);
  if (earlier) {
    sameOrConflict(earlier, input);
    return recorded(db, earlier);
  }
  const scan = input.scan && opts.dataDir ? await storeScan(opts.dataDir, tenantCode, input.scan) : null;
  return db.transaction().execute(async (tx) => {
    await repo.lockAgreementPayments(tx, tenantCode, agreementId);
    const raced = await repo.findPaymentBySp2d(tx, tenantCode, agreementId, sp2dNumber);
    if (raced) {
      sameOrConflict(raced, input);
      return recorded(tx, raced);
    }
    const before = await ledgerOf(tx, tenantCode, agreementId, today);
    const known = new Set(before.bills.map((b) => b.id));
    const foreign = billIds.find((id) => !known.has(id));
    if (foreign !== undefined) throw new DomainError('PAYMENT_BILL_NOT_OF_PKS', 'invalid', { field: 'billIds', billId: foreign });
    const paymentId = await repo.insertPayment(tx, {
      tenantCode, agreementId, sp2dNumber, paidOn: input.paidOn, amount: input.amount, account: input.account?.trim() ?? '', billIds, scan,
      example: opts.example ?? false, actorId: ctx.actor.userId, actorUsername: ctx.actor.username,
    });
    const after = await ledgerOf(tx, tenantCode, agreementId, today);
    const { allocated, credit } = allocationOf(after.replay, paymentId, input.amount);
    await repo.insertAllocations(tx, tenantCode, paymentId, allocated);
    await recordAudit(tx, ctx, {
      action: 'payment.record', entity: 'payment', entityId: paymentId, tenantCode,
      details: { ref: sp2dNumber, agreementId, paidOn: input.paidOn, amount: input.amount, billIds, allocated, credit, scanSha256: scan?.sha256 ?? null },
    });
    return { paymentId, allocated, credit, alreadyRecorded: false };
  });
}

/** A payment by id, scoped: its PKS must be visible with `permission` (the CLI knows only the id: tenantCode null). */
export async function loadPayment(db: Db, ctx: RequestContext, tenantCode: string | null, id: number, permission: 'payments:read' | 'payments:write') {
  const row = tenantCode === null ? await repo.findPaymentAnyTenant(db, id) : await repo.findPayment(db, tenantCode, id);
  if (!row) throw notFound('payment', id);
  await loadAgreement(db, ctx, row.tenant_code, row.agreement_id, permission);
  return row;
}

export async function reversePayment(db: Db, ctx: RequestContext, tenantCode: string | null, id: number, reason: string) {
  const row = await loadPayment(db, ctx, tenantCode, id, 'payments:write');
  const why = reason.trim();
  if (!why) throw new DomainError('PAYMENT_REASON_REQUIRED', 'invalid', { field: 'reason' });
  await db.transaction().execute(async (tx) => {
    await repo.lockAgreementPayments(tx, row.tenant_code, row.agreement_id);
    const done = await repo.markReversed(tx, row.tenant_code, id, why, ctx.actor.username);
    if (!done) {
      const now = await repo.findPayment(tx, row.tenant_code, id);
      throw new DomainError('PAYMENT_ALREADY_REVERSED', 'conflict', { reversedAt: now?.reversed_at?.toISOString() ?? '' });
    }
    await recordAudit(tx, ctx, {
      action: 'payment.reverse', entity: 'payment', entityId: id, tenantCode: row.tenant_code,
      details: { ref: row.sp2d_number, agreementId: row.agreement_id, amount: row.amount, reason: why },
    });
  });
  return { paymentId: id, reversed: true, reason: why };
}
