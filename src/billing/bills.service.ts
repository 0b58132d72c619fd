/**
 * Bills as people read them: the list with statuses from dates (payments completes paid / outstanding /
 * late fee / `lunas` / `kurang-bayar` from its allocations), one bill with its summary per OPD or village.
 * Scope: the tenant's users by role (`bpjs` its branch's regencies — authorizeTenant — and within them only
 * the bills of PKS signed with its branch, like agreements); `opd`/`desa` users see only their own
 * participants' share of a bill (their unit in `byUnit`, their lines).
 */
import { visibleAgreementRefs } from '../agreements/agreement-access.service';
import { groupTerms } from '../agreements/agreement-groups.service';
import { clockOf, type RequestContext } from '../auth/actor';
import { authorizeTenant } from '../auth/scope.service';
import { todayIn } from '../clock/clock';
import type { Db } from '../db/database';
import type { BillStatus } from '../domain/bill-status';
import { firstDayOf } from '../domain/calendar';
import { notFound } from '../domain/errors';
import { existingRegionCodes } from '../regions/regions.service';
import { opdNames } from '../tenants/tenants.service';
import './billing.messages';
import * as repo from './bills.repository';
import { paymentStateOf } from './payment-ledger.service';

export interface BillItem {
  id: number; number: string; month: string; agreementId: number; groupId: number; groupName: string; scheme: 'pu' | 'bpu';
  kind: 'regular' | 'correction'; participants: number; amount: number; paid: number; outstanding: number; lateFee: number;
  status: BillStatus; dueOn: string;
}

export interface BillQuery { agreementId?: number; month?: string; status?: string }

/** The unit an `opd`/`desa` user is confined to, or null for the regency's users. */
export function unitOf(ctx: RequestContext): { opdId: number | null; villageCode: string | null } | null {
  if (ctx.actor.role === 'opd') return { opdId: ctx.actor.opdId ?? -1, villageCode: null };
  if (ctx.actor.role === 'desa') return { opdId: null, villageCode: ctx.actor.villageCode ?? '-' };
  return null;
}

async function toItems(db: Db, ctx: RequestContext, tenantCode: string, rows: repo.BillRow[]): Promise<BillItem[]> {
  const groups = new Map((await groupTerms(db, tenantCode, { groupIds: [...new Set(rows.map((r) => r.group_id))] })).map((g) => [g.groupId, g.groupName]));
  const today = todayIn(clockOf(ctx), tenantCode);
  // paid / outstanding / late fee / status replayed from the PKS's payments (payment-ledger.service.ts)
  const paid = await paymentStateOf(db, tenantCode, rows.map((r) => r.agreement_id), today);
  return rows.map((b) => {
    const p = paid.get(b.id);
    return {
      id: b.id, number: b.number, month: b.month.slice(0, 7), agreementId: b.agreement_id, groupId: b.group_id, groupName: groups.get(b.group_id) ?? '',
      scheme: b.scheme, kind: b.kind, participants: b.participants, amount: b.amount, paid: p?.paid ?? 0, outstanding: p?.outstanding ?? b.amount,
      lateFee: p?.lateFee ?? 0, status: p?.status ?? 'terbit', dueOn: b.due_on,
    };
  });
}

/** The PKS ids a `bpjs` user may see (its own branch's); null for everyone else (not narrowed). */
async function branchPksOf(db: Db, ctx: RequestContext, tenantCode: string): Promise<Set<number> | null> {
  if (ctx.actor.role !== 'bpjs') return null;
  return new Set((await visibleAgreementRefs(db, ctx, tenantCode)).map((a) => a.id));
}

export async function listBills(db: Db, ctx: RequestContext, tenantCode: string, q: BillQuery): Promise<{ items: BillItem[] }> {
  await authorizeTenant(db, ctx.actor, tenantCode, 'billing:read');
  const branchPks = await branchPksOf(db, ctx, tenantCode);
  const rows = (await repo.listBills(db, tenantCode, { agreementId: q.agreementId, month: q.month ? firstDayOf(q.month) : undefined }))
    .filter((b) => !branchPks || branchPks.has(b.agreement_id));
  const items = await toItems(db, ctx, tenantCode, rows);
  return { items: q.status ? items.filter((i) => i.status === q.status) : items };
}

/** One bill, in scope, or 404. */
export async function loadBill(db: Db, ctx: RequestContext, tenantCode: string, id: number): Promise<repo.BillRow & {}> {
  await authorizeTenant(db, ctx.actor, tenantCode, 'billing:read');
  const row = await repo.findBill(db, tenantCode, id);
  const branchPks = row ? await branchPksOf(db, ctx, tenantCode) : null;
  // another branch's PKS: as if the bill did not exist (outsiders learn nothing)
  if (!row || (branchPks && !branchPks.has(row.agreement_id))) throw notFound('bill', id);
  return row;
}

export interface UnitShare { unitKind: 'opd' | 'village'; code: string; name: string; participants: number; amount: number }

export async function getBill(db: Db, ctx: RequestContext, tenantCode: string, id: number) {
  const row = await loadBill(db, ctx, tenantCode, id);
  const [item] = await toItems(db, ctx, tenantCode, [row]);
  const unit = unitOf(ctx);
  const units = (await repo.sumLinesByUnit(db, tenantCode, id))
    .filter((u) => !unit || (unit.opdId !== null ? u.opd_id === unit.opdId : u.village_code === unit.villageCode));
  const opds = await opdNames(db, tenantCode);
  const villages = await existingRegionCodes(db, units.flatMap((u) => (u.village_code ? [u.village_code] : [])));
  const byUnit: UnitShare[] = units.map((u) => (u.opd_id !== null
    ? { unitKind: 'opd', code: String(u.opd_id), name: opds.get(u.opd_id) ?? '', participants: Number(u.participants), amount: Number(u.amount) }
    : { unitKind: 'village', code: u.village_code ?? '', name: villages.get(u.village_code ?? '')?.name ?? '', participants: Number(u.participants), amount: Number(u.amount) }));
  return { ...item!, issuedAt: row.issued_at.toISOString(), dueRuleIds: row.due_rule_ids, programmes: { JKK: row.jkk, JKM: row.jkm, JHT: row.jht }, example: row.example, byUnit };
}
