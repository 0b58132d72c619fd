/** Exports of an agreement — the PKS summary PDF and the plan XLSX — each recorded in the audit log. */
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../auth/actor';
import type { Db } from '../db/database';
import * as tenants from '../tenants/tenants.service';
import { loadAgreement } from './agreement-access.service';
import { renderAgreementPdf } from './agreement-pdf';
import { planOf } from './agreements.service';
import { renderPlanXlsx } from './plan-xlsx';

async function prepare(db: Db, ctx: RequestContext, tenantCode: string, id: number) {
  const agreement = await loadAgreement(db, ctx, tenantCode, id, 'agreements:read');
  const tenant = await tenants.getTenant(db, ctx, tenantCode);
  return { agreement, tenantName: tenant?.name ?? tenantCode, plan: agreement.kind === 'pks' ? await planOf(db, agreement) : null };
}

const slug = (number: string) => number.replace(/[^A-Za-z0-9.-]+/g, '_').slice(0, 80);

export async function exportAgreementPdf(db: Db, ctx: RequestContext, tenantCode: string, id: number, now: Date) {
  const input = await prepare(db, ctx, tenantCode, id);
  const content = await renderAgreementPdf({ ...input, generatedAt: now });
  await recordAudit(db, ctx, { action: 'agreement.export.pdf', entity: 'agreement', entityId: id, tenantCode });
  return { filename: `ringkasan-${slug(input.agreement.number)}.pdf`, content };
}

export async function exportPlanXlsx(db: Db, ctx: RequestContext, tenantCode: string, id: number, now: Date) {
  const input = await prepare(db, ctx, tenantCode, id);
  const plan = input.plan ?? (await planOf(db, input.agreement)); // an MoU answers AGREEMENT_NOT_PKS here
  const content = await renderPlanXlsx(input.agreement, plan, input.tenantName, now);
  await recordAudit(db, ctx, { action: 'agreement.export.xlsx', entity: 'agreement', entityId: id, tenantCode });
  return { filename: `rencana-${slug(input.agreement.number)}.xlsx`, content };
}
