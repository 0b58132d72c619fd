/**
 * Reconciliation with BPJS's statement of receipts (issue #12 item 4): a CSV/XLSX of what BPJS received
 * (bill number or NPP, month, amount, date received) is matched against what Lindung recorded as paid on the
 * bills (src/domain/receipt-match.ts) and kept with every row and its status — cocok, selisih, tidak-cocok,
 * tidak-valid — as a snapshot of that day's payments. The same file again (its SHA-256) answers with the
 * first reconciliation and changes nothing. Atomic: the reconciliation, its rows and the audit entry are one
 * transaction, one statement of a regency at a time.
 *
 * Scope: `payments:reconcile` uploads (the Dinas; BPJS users of a branch serving the regency — they are the
 * statement's source — matched against their own branch's PKS only); `payments:read` reads (admin, dinas,
 * auditor, and bpjs: the reconciliations whose PKS are all with their branch).
 */
import path from 'node:path';
import { loadAgreement, visibleAgreementRefs } from '../agreements/agreement-access.service';
import { recordAudit } from '../audit/audit.service';
import { clockOf, type RequestContext } from '../auth/actor';
import { authorizeTenant } from '../auth/scope.service';
import { todayIn } from '../clock/clock';
import type { Db } from '../db/database';
import { DomainError, notFound } from '../domain/errors';
import { countReceipts, matchReceipts, type CandidateBill } from '../domain/receipt-match';
import { translate, type Lang } from '../i18n/messages';
import { hashFile } from '../imports/file-hash';
import { ledgerOf } from './payment-ledger.service';
import * as settings from './payment-settings.repository';
import { readStatement } from './reconciliation-file';
import * as repo from './reconciliation.repository';
import './payments.messages';

export interface ReconciliationResult {
  id: number; rows: number; matched: number; amountDiffers: number; unmatched: number; invalid: number; alreadyReconciled: boolean;
}

const toResult = (r: repo.ReconciliationRecord, alreadyReconciled: boolean): ReconciliationResult => ({
  id: r.id, rows: r.rows, matched: r.matched, amountDiffers: r.amount_differs, unmatched: r.unmatched, invalid: r.invalid, alreadyReconciled,
});

/** A `bpjs` user reads only the reconciliations made against its own branch's PKS. */
const branchOf = (ctx: RequestContext) => (ctx.actor.role === 'bpjs' ? (ctx.actor.branchCode ?? '-') : null);
const isVisible = (ctx: RequestContext, r: repo.ReconciliationRecord) => branchOf(ctx) === null || r.branch_code === branchOf(ctx);

/** The PKS a statement is matched against: the one asked for, else every PKS of the regency the caller sees. */
async function candidatesOf(db: Db, ctx: RequestContext, tenantCode: string, agreementId: number | undefined) {
  if (agreementId !== undefined) {
    const a = await loadAgreement(db, ctx, tenantCode, agreementId, 'payments:reconcile');
    if (a.kind !== 'pks') throw new DomainError('PAYMENT_NOT_PKS', 'invalid', { field: 'agreementId' });
    return [{ id: a.id, branchCode: a.branchCode }];
  }
  return (await visibleAgreementRefs(db, ctx, tenantCode)).filter((a) => a.kind === 'pks');
}

export async function reconcileStatement(db: Db, ctx: RequestContext, tenantCode: string, file: { path: string; name: string },
  opts: { agreementId?: number } = {}): Promise<ReconciliationResult> {
  await authorizeTenant(db, ctx.actor, tenantCode, 'payments:reconcile');
  const candidates = await candidatesOf(db, ctx, tenantCode, opts.agreementId);
  const sha256 = await hashFile(file.path);
  const answerEarlier = (r: repo.ReconciliationRecord) => {
    if (!isVisible(ctx, r)) throw new DomainError('RECON_ALREADY_RECONCILED', 'conflict', { field: 'file' });
    return toResult(r, true);
  };
  const earlier = await repo.findBySha(db, tenantCode, sha256);
  if (earlier) return answerEarlier(earlier);
  const statement = await readStatement(file.path);
  const today = todayIn(clockOf(ctx), tenantCode);
  const branches = [...new Set(candidates.map((c) => c.branchCode))];
  const branchCode = branchOf(ctx) ?? (branches.length === 1 ? branches[0]! : null);
  return db.transaction().execute(async (tx) => {
    await repo.lockTenantReconciliation(tx, tenantCode);
    const raced = await repo.findBySha(tx, tenantCode, sha256);
    if (raced) return answerEarlier(raced);
    const ids = candidates.map((c) => c.id);
    const ledgers = await Promise.all(ids.map((id) => ledgerOf(tx, tenantCode, id, today)));
    const bills: CandidateBill[] = ledgers.flatMap((l) => l.bills.map((b) => ({ id: b.id, number: b.number, agreementId: l.agreementId, month: b.month, paid: b.paid })));
    const npps = (await settings.nppsOf(tx, tenantCode, ids)).map((n) => ({ agreementId: Number(n.agreement_id), npp: n.npp }));
    const matches = matchReceipts(statement.rows, bills, npps);
    const counts = countReceipts(matches);
    const id = await repo.insertReconciliation(tx, {
      tenantCode, fileName: path.basename(file.name).slice(0, 200), sha256, format: statement.format, headers: statement.headers,
      agreementId: opts.agreementId ?? null, branchCode, counts, actorId: ctx.actor.userId, actorUsername: ctx.actor.username,
    });
    await repo.insertRows(tx, tenantCode, id, matches.map((m, i) => ({
      rowNo: m.row.rowNo, billNumber: m.row.billNumber, npp: m.row.npp, month: m.row.month, amount: m.row.amount, receivedOn: m.row.receivedOn,
      outcome: m.status, reason: m.reason, agreementId: m.agreementId, billIds: m.billIds, expected: m.expected, receivedTotal: m.receivedTotal,
      raw: statement.rows[i]!.raw,
    })));
    await recordAudit(tx, ctx, { action: 'reconciliation.import', entity: 'reconciliation', entityId: id, tenantCode, details: { ref: file.name, sha256, agreementId: opts.agreementId ?? null, ...counts } });
    return toResult((await repo.findReconciliation(tx, tenantCode, id))!, false);
  });
}

/** One reconciliation in scope (404 outside it, as if it did not exist). */
export async function loadReconciliation(db: Db, ctx: RequestContext, tenantCode: string, id: number) {
  await authorizeTenant(db, ctx.actor, tenantCode, 'payments:read');
  const r = await repo.findReconciliation(db, tenantCode, id);
  if (!r || !isVisible(ctx, r)) throw notFound('reconciliation', id);
  return r;
}

const summaryOf = (r: repo.ReconciliationRecord) => ({
  ...toResult(r, false), fileName: r.file_name, format: r.format, agreementId: r.agreement_id === null ? null : Number(r.agreement_id),
  createdAt: r.created_at.toISOString(), createdBy: r.created_by_username,
});

export async function listReconciliations(db: Db, ctx: RequestContext, tenantCode: string) {
  await authorizeTenant(db, ctx.actor, tenantCode, 'payments:read');
  return { items: (await repo.listReconciliations(db, tenantCode, branchOf(ctx), 100)).map(summaryOf) };
}

/** Summary and every row: its status and reason (in the reader's language), the bills it matched, expected, received, difference. */
export async function getReconciliation(db: Db, ctx: RequestContext, tenantCode: string, id: number, lang: Lang = 'id') {
  const r = await loadReconciliation(db, ctx, tenantCode, id);
  const rows = await repo.listRows(db, tenantCode, id);
  const billIds = [...new Set(rows.flatMap((x) => x.bill_ids.map(Number)))];
  const agreements = [...new Set(rows.flatMap((x) => (x.agreement_id === null ? [] : [Number(x.agreement_id)])))];
  const ledgers = await Promise.all(agreements.map((a) => ledgerOf(db, tenantCode, a, todayIn(clockOf(ctx), tenantCode))));
  const bills = new Map(ledgers.flatMap((l) => l.bills).filter((b) => billIds.includes(b.id)).map((b) => [b.id, { id: b.id, number: b.number, month: b.month }]));
  return {
    ...summaryOf(r),
    items: rows.map((x) => ({
      rowNo: x.row_no, status: x.outcome, reasonCode: x.reason, reason: x.reason ? translate(x.reason, lang) : null,
      billNumber: x.bill_number, npp: x.npp, month: x.month?.slice(0, 7) ?? null, receivedOn: x.received_on, received: x.amount === null ? null : Number(x.amount),
      receivedTotal: x.received_total === null ? null : Number(x.received_total), expected: x.expected === null ? null : Number(x.expected),
      difference: x.received_total === null || x.expected === null ? null : Number(x.received_total) - Number(x.expected),
      agreementId: x.agreement_id === null ? null : Number(x.agreement_id), bills: x.bill_ids.map(Number).flatMap((b) => (bills.has(b) ? [bills.get(b)!] : [])),
    })),
  };
}
