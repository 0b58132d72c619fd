/**
 * The receipt of one SP2D payment as a PDF (payments:read): scope first (404 outside it), then the
 * payment's allocation to bills as recorded, the credit it left, and its reversal if any; audited as an export.
 */
import { recordAudit } from '../audit/audit.service';
import { clockOf, type RequestContext } from '../auth/actor';
import { assertTenantVisible } from '../auth/scope.service';
import { loadAgreement } from '../agreements/agreement-access.service';
import { dayOf } from '../clock/clock';
import type { Db } from '../db/database';
import { notFound } from '../domain/errors';
import { timeZoneOfRegion } from '../domain/time-zone';
import { issuerOf } from './bill-documents.service';
import { billsOf } from './billing-facts.service';
import * as payments from './payments.repository';
import { renderReceiptPdf } from './receipt-pdf';

export async function exportReceiptPdf(db: Db, ctx: RequestContext, tenantCode: string, paymentId: number) {
  await assertTenantVisible(db, ctx.actor, tenantCode);
  const p = await payments.findPayment(db, tenantCode, paymentId);
  if (!p) throw notFound('payment', paymentId);
  const agreement = await loadAgreement(db, ctx, tenantCode, p.agreement_id, 'payments:read');
  const zone = timeZoneOfRegion(tenantCode);
  const billById = new Map((await billsOf(db, tenantCode, p.agreement_id)).map((b) => [b.id, b]));
  const allocations = (await payments.allocationsOf(db, tenantCode, paymentId)).map((a) => {
    const bill = billById.get(Number(a.bill_id));
    return {
      billNumber: bill?.number ?? String(a.bill_id), month: bill?.month ?? '', amount: Number(a.amount),
      groupName: agreement.groups.find((g) => g.id === bill?.groupId)?.name ?? '-',
    };
  });
  const content = await renderReceiptPdf({
    issuer: await issuerOf(db, ctx, tenantCode, agreement),
    payment: {
      id: p.id, sp2dNumber: p.sp2d_number, paidOn: p.paid_on, amount: p.amount, account: p.account || null, agreementNumber: agreement.number,
      recordedAt: dayOf(p.created_at, zone), example: p.example,
      reversed: p.reversed_at ? { on: dayOf(p.reversed_at, zone), reason: p.reversal_reason ?? '' } : null,
    },
    allocations, credit: p.amount - allocations.reduce((s, a) => s + a.amount, 0), generatedAt: clockOf(ctx).now(),
  });
  await recordAudit(db, ctx, { action: 'payment.receipt.export', entity: 'payment', entityId: paymentId, tenantCode, details: { sp2dNumber: p.sp2d_number } });
  return { filename: `tanda-terima-${p.sp2d_number.replace(/[^A-Za-z0-9.-]+/g, '_').slice(0, 80)}.pdf`, content };
}
