/**
 * The printed billing documents as use cases: the bill PDF and its lines XLSX (billing:read; an OPD or
 * village operator gets their own unit's part only) and a payment's receipt PDF (payments:read). Scope
 * first (another regency's or branch's bill answers 404, as if it did not exist), then permission, then
 * the file; every export is written to the audit log.
 */
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../auth/actor';
import { clockOf } from '../auth/actor';
import { assertTenantVisible } from '../auth/scope.service';
import { loadAgreement } from '../agreements/agreement-access.service';
import type { Agreement } from '../agreements/agreement.mapper';
import { dayOf } from '../clock/clock';
import type { Db } from '../db/database';
import { notFound } from '../domain/errors';
import { timeZoneOfRegion } from '../domain/time-zone';
import { getRuleBook } from '../regulation/rule-book.service';
import * as tenants from '../tenants/tenants.service';
import type { BillHeader, IssuerInfo, RuleBasis } from './bill-document.types';
import { billLinesForDocument, unitRowsOf, unitScopeOf } from './bill-document-lines';
import { renderBillLinesXlsx } from './bill-lines-xlsx';
import { renderBillPdf } from './bill-pdf';
import * as docs from './bill-documents.repository';
import * as bills from './bills.repository';

const slug = (number: string) => number.replace(/[^A-Za-z0-9.-]+/g, '_').slice(0, 80);

export async function issuerOf(db: Db, ctx: RequestContext, tenantCode: string, agreement: Agreement): Promise<IssuerInfo> {
  const tenant = await tenants.getTenant(db, ctx, tenantCode);
  return { tenantCode, government: tenant?.name ?? tenantCode, office: agreement.dinasName, address: agreement.dinasAddress || null };
}

async function rulesOf(db: Db, ids: string[]): Promise<RuleBasis[]> {
  const byId = new Map((await getRuleBook(db)).rows.map((r) => [r.id, r]));
  return ids.map((id) => ({ id, legalBasis: byId.get(id)?.legalBasis ?? '-', unconfirmed: byId.get(id)?.confidence === 'unconfirmed' }));
}

async function loadBill(db: Db, ctx: RequestContext, tenantCode: string, billId: number) {
  await assertTenantVisible(db, ctx.actor, tenantCode);
  const bill = await bills.findBill(db, tenantCode, billId);
  if (!bill) throw notFound('bill', billId);
  const agreement = await loadAgreement(db, ctx, tenantCode, bill.agreement_id, 'billing:read');
  const unit = unitScopeOf(ctx);
  const byUnit = await unitRowsOf(db, tenantCode, billId, unit);
  const scoped = unit.opdId != null || unit.villageCode != null;
  const lines = scoped ? await billLinesForDocument(db, tenantCode, billId, unit, new Map()) : null;
  const sum = (pick: (l: { programmes: BillHeader['programmes']; amount: number }) => number) => (lines ?? []).reduce((s, l) => s + pick(l), 0);
  const header: BillHeader = {
    number: bill.number, month: bill.month.slice(0, 7), kind: bill.kind, scheme: bill.scheme,
    groupName: agreement.groups.find((g) => g.id === bill.group_id)?.name ?? '-', issuedOn: dayOf(bill.issued_at, timeZoneOfRegion(tenantCode)),
    dueOn: bill.due_on, agreementNumber: agreement.number, agreementTitle: agreement.title, example: bill.example,
    participants: scoped ? byUnit.reduce((s, u) => s + u.participants, 0) : bill.participants,
    amount: scoped ? sum((l) => l.amount) : bill.amount,
    programmes: scoped ? { JKK: sum((l) => l.programmes.JKK), JKM: sum((l) => l.programmes.JKM), JHT: sum((l) => l.programmes.JHT) }
      : { JKK: bill.jkk, JKM: bill.jkm, JHT: bill.jht },
  };
  const ruleIds = [...new Set([...bill.due_rule_ids, ...(await docs.distinctRuleIds(db, tenantCode, billId, unit))])].sort();
  return { bill, agreement, unit, byUnit, header, rules: await rulesOf(db, ruleIds), issuer: await issuerOf(db, ctx, tenantCode, agreement) };
}

export async function exportBillPdf(db: Db, ctx: RequestContext, tenantCode: string, billId: number) {
  const b = await loadBill(db, ctx, tenantCode, billId);
  const content = await renderBillPdf({ issuer: b.issuer, bill: b.header, byUnit: b.byUnit, rules: b.rules, generatedAt: clockOf(ctx).now() });
  await recordAudit(db, ctx, { action: 'bill.export.pdf', entity: 'bill', entityId: billId, tenantCode, details: { number: b.bill.number } });
  return { filename: `tagihan-${slug(b.bill.number)}.pdf`, content };
}

export async function exportBillLinesXlsx(db: Db, ctx: RequestContext, tenantCode: string, billId: number) {
  const b = await loadBill(db, ctx, tenantCode, billId);
  const unitNames = new Map(b.byUnit.map((u) => [`${u.unitKind}:${u.code}`, u.name]));
  const rates = new Map((await getRuleBook(db)).rows.filter((r) => r.unit === 'bp').map((r) => [r.id, r]));
  const lines = await billLinesForDocument(db, tenantCode, billId, b.unit, unitNames, rates);
  const content = await renderBillLinesXlsx({ issuer: b.issuer, bill: b.header, lines, rules: b.rules, generatedAt: clockOf(ctx).now() });
  await recordAudit(db, ctx, { action: 'bill.export.xlsx', entity: 'bill', entityId: billId, tenantCode, details: { number: b.bill.number, lines: lines.length } });
  return { filename: `rincian-${slug(b.bill.number)}.xlsx`, content };
}
