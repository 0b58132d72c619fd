/**
 * Reading payments as the screens and the receipt need them: each SP2D with what it paid when recorded
 * (the receipt's lines, with the bill numbers), its credit, and its reversal. Scoped by the PKS.
 */
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../auth/actor';
import { loadAgreement } from '../agreements/agreement-access.service';
import type { Db } from '../db/database';
import { notFound } from '../domain/errors';
import { billsOf } from './billing-facts.service';
import { readScan, scanType } from './payment-scan';
import { loadPayment } from './payments.service';
import * as repo from './payments.repository';

export interface PaymentView {
  id: number; agreementId: number; sp2dNumber: string; paidOn: string; amount: number; account: string; billIds: number[];
  allocated: { billId: number; billNumber: string; month: string; amount: number }[]; credit: number;
  reversed: boolean; reversedAt: string | null; reversalReason: string | null; reversedBy: string | null;
  scan: { name: string; sha256: string } | null; example: boolean; createdAt: string; createdBy: string | null;
}

async function viewsOf(db: Db, tenantCode: string, agreementId: number, rows: repo.PaymentRow[]): Promise<PaymentView[]> {
  const bills = new Map((await billsOf(db, tenantCode, agreementId)).map((b) => [b.id, b]));
  const allocations = await repo.allocationsOfPayments(db, tenantCode, rows.map((r) => r.id));
  return rows.map((r) => {
    const allocated = allocations.filter((a) => Number(a.payment_id) === r.id).map((a) => ({
      billId: Number(a.bill_id), billNumber: bills.get(Number(a.bill_id))?.number ?? '', month: bills.get(Number(a.bill_id))?.month ?? '', amount: Number(a.amount),
    }));
    return {
      id: r.id, agreementId: r.agreement_id, sp2dNumber: r.sp2d_number, paidOn: r.paid_on, amount: r.amount, account: r.account,
      billIds: r.bill_ids.map(Number), allocated, credit: r.amount - allocated.reduce((s, a) => s + a.amount, 0),
      reversed: r.reversed_at !== null, reversedAt: r.reversed_at?.toISOString() ?? null, reversalReason: r.reversal_reason,
      reversedBy: r.reversed_by_username, scan: r.scan_file && r.scan_sha256 ? { name: r.scan_name ?? '', sha256: r.scan_sha256 } : null,
      example: r.example, createdAt: r.created_at.toISOString(), createdBy: r.created_by_username,
    };
  });
}

export async function listPaymentsOf(db: Db, ctx: RequestContext, tenantCode: string, agreementId: number) {
  await loadAgreement(db, ctx, tenantCode, agreementId, 'payments:read');
  return { items: await viewsOf(db, tenantCode, agreementId, await repo.listPayments(db, tenantCode, [agreementId])) };
}

export async function getPayment(db: Db, ctx: RequestContext, tenantCode: string, id: number): Promise<PaymentView> {
  const row = await loadPayment(db, ctx, tenantCode, id, 'payments:read');
  const [view] = await viewsOf(db, tenantCode, row.agreement_id, [row]);
  return view!;
}

/** The stored SP2D scan (audited: it is a treasury document). */
export async function downloadScan(db: Db, ctx: RequestContext, tenantCode: string, id: number, dataDir: string) {
  const row = await loadPayment(db, ctx, tenantCode, id, 'payments:read');
  if (!row.scan_file) throw notFound('payment_scan', id);
  const body = await readScan(dataDir, row.scan_file);
  await recordAudit(db, ctx, { action: 'payment.scan.download', entity: 'payment', entityId: id, tenantCode, details: { ref: row.sp2d_number } });
  return { body, contentType: scanType(row.scan_file), fileName: row.scan_name ?? `sp2d-${id}` };
}

/** The tenant of a payment id (the CLI reverses by id alone); 404 when absent. Scope is checked after. */
export async function tenantOfPayment(db: Db, id: number): Promise<string> {
  const row = await repo.findPaymentAnyTenant(db, id);
  if (!row) throw notFound('payment', id);
  return row.tenant_code;
}
