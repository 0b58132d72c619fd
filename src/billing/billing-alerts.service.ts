/**
 * Alerts for the Beranda and the PKS page (issue #12 item 6): every open bill of the tenant's PKS that is
 * due within 7 days or overdue, most urgent first. A `bpjs` user sees those of their branch's PKS only.
 */
import { groupTerms } from '../agreements/agreement-groups.service';
import { branchFilterOf } from '../agreements/agreement-access.service';
import { agreementFacts } from '../agreements/agreement-facts.service';
import type { RequestContext } from '../auth/actor';
import { authorizeTenant } from '../auth/scope.service';
import type { Db } from '../db/database';
import type { IsoDate } from '../domain/calendar';
import { ledgerOf } from './payment-ledger.service';
import { warningsOf } from './realisation.service';

export interface BillAlert {
  code: 'BILL_OVERDUE' | 'BILL_DUE_SOON'; billId: number; number: string; agreementId: number; month: string; dueOn: IsoDate;
  outstanding: number; status: string;
}

/** PKS ids of a tenant (no actor). */
export async function pksIdsOf(db: Db, tenantCode: string): Promise<number[]> {
  return [...new Set((await groupTerms(db, tenantCode, {})).filter((g) => g.kind === 'pks').map((g) => g.agreementId))];
}

/** Open bills due soon or overdue across the tenant's PKS (no actor: the reminder job uses it too). */
export async function openAlerts(db: Db, tenantCode: string, today: IsoDate, agreementIds?: number[]): Promise<BillAlert[]> {
  const ids = agreementIds ?? await pksIdsOf(db, tenantCode);
  const alerts: BillAlert[] = [];
  for (const ledger of await Promise.all(ids.map((id) => ledgerOf(db, tenantCode, id, today)))) {
    const byId = new Map(ledger.bills.map((b) => [b.id, b]));
    for (const w of warningsOf(ledger.bills, today)) {
      const b = byId.get(w.billId)!;
      alerts.push({ ...w, number: b.number, agreementId: ledger.agreementId, month: b.month, outstanding: b.outstanding, status: b.status });
    }
  }
  return alerts.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.billId - b.billId));
}

export async function billingAlerts(db: Db, ctx: RequestContext, tenantCode: string, today: IsoDate) {
  await authorizeTenant(db, ctx.actor, tenantCode, 'payments:read');
  const branch = branchFilterOf(ctx);
  let ids = await pksIdsOf(db, tenantCode);
  if (branch !== null) {
    const agreements = await Promise.all(ids.map((id) => agreementFacts(db, tenantCode, id)));
    ids = agreements.filter((a) => a?.branchCode === branch).map((a) => a!.id);
  }
  return { items: await openAlerts(db, tenantCode, today, ids) };
}
