/**
 * Moving a claim along its workflow: dilaporkan → berkas-lengkap → diajukan (to BPJS) → disetujui (BPJS's
 * amount) | ditolak (reason) → dibayar (date, amount). The file side (complete, submit) is the filer's or the
 * Dinas's (`claims:write`) or BPJS's; BPJS's decision and payment need `claims:decide` (dinas records it, bpjs
 * users of the branch serving the regency make it). Asking for the status a claim already has, with the same
 * date, answers it unchanged (idempotent). One transaction: the claim, its timeline event, the audit entry.
 */
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../auth/actor';
import { hasPermission } from '../auth/roles';
import { assertDate, type IsoDate } from '../domain/calendar';
import { canAdvance, CLAIM_STATUSES, type ClaimStatus } from '../domain/claim-types';
import { DomainError } from '../domain/errors';
import type { Db } from '../db/database';
import type { Lang } from '../i18n/messages';
import { loadClaim } from './claim-access.service';
import { beforeDocumentsComplete } from './claim-gates';
import { getClaim } from './claims.service';
import * as repo from './claims.repository';

export interface AdvanceRequest { to: string; on?: string; amount?: number; reason?: string }

const DECISIONS: readonly ClaimStatus[] = ['disetujui', 'ditolak', 'dibayar'];

function lastStepDate(row: repo.ClaimRow): IsoDate {
  return [row.reported_on, row.documents_complete_on, row.submitted_on, row.approved_on, row.rejected_on]
    .filter((d): d is string => d !== null).sort().pop() ?? row.reported_on;
}

function dateOf(row: repo.ClaimRow, status: ClaimStatus): IsoDate | null {
  const map: Record<ClaimStatus, IsoDate | null> = {
    dilaporkan: row.reported_on, 'berkas-lengkap': row.documents_complete_on, diajukan: row.submitted_on,
    disetujui: row.approved_on, ditolak: row.rejected_on, dibayar: row.paid_on,
  };
  return map[status];
}

function readAmount(value: number | undefined, to: ClaimStatus, fallback: number | null): number {
  const amount = value ?? fallback;
  if (amount === null || !Number.isSafeInteger(amount) || amount < 0) throw new DomainError('CLAIM_AMOUNT_REQUIRED', 'invalid', { field: 'amount', to });
  return amount;
}

function changeFor(row: repo.ClaimRow, to: ClaimStatus, on: IsoDate, req: AdvanceRequest): { change: repo.ClaimChange; amount: number | null; note: string } {
  switch (to) {
    case 'berkas-lengkap': return { change: { status: to, documents_complete_on: on }, amount: null, note: '' };
    case 'diajukan': return { change: { status: to, submitted_on: on }, amount: null, note: '' };
    case 'disetujui': {
      const amount = readAmount(req.amount, to, null);
      return { change: { status: to, approved_on: on, approved_amount: amount }, amount, note: '' };
    }
    case 'ditolak': {
      const reason = req.reason?.trim() ?? '';
      if (!reason) throw new DomainError('CLAIM_REASON_REQUIRED', 'invalid', { field: 'reason' });
      return { change: { status: to, rejected_on: on, rejected_reason: reason }, amount: null, note: reason };
    }
    default: {
      const amount = readAmount(req.amount, to, row.approved_amount);
      return { change: { status: to, paid_on: on, paid_amount: amount }, amount, note: '' };
    }
  }
}

export async function advanceClaim(db: Db, ctx: RequestContext, tenantCode: string, id: number, req: AdvanceRequest, today: IsoDate, lang: Lang = 'id') {
  const to = req.to as ClaimStatus;
  if (!CLAIM_STATUSES.includes(to) || to === 'dilaporkan') throw new DomainError('CLAIM_TRANSITION', 'invalid', { field: 'to', from: '-', to: req.to });
  const row = await loadClaim(db, ctx, tenantCode, id, DECISIONS.includes(to) ? 'claims:decide' : 'claims:read');
  if (!DECISIONS.includes(to) && !hasPermission(ctx.actor.role, 'claims:write') && !hasPermission(ctx.actor.role, 'claims:decide')) {
    throw new DomainError('FORBIDDEN', 'forbidden', { permission: 'claims:write' });
  }
  const on = req.on === undefined ? today : assertDate(req.on, 'on');
  if (row.status === to && dateOf(row, to) === on) return getClaim(db, ctx, tenantCode, id, today, lang);
  if (!canAdvance(row.status, to)) throw new DomainError('CLAIM_TRANSITION', 'conflict', { from: row.status, to });
  if (on > today) throw new DomainError('CLAIM_INCIDENT_IN_FUTURE', 'invalid', { field: 'on', incidentDate: on });
  const previous = lastStepDate(row);
  if (on < previous) throw new DomainError('CLAIM_DATE_BEFORE_PREVIOUS', 'invalid', { field: 'on', on, previous });
  const { change, amount, note } = changeFor(row, to, on, req);
  await db.transaction().execute(async (tx) => {
    if (to === 'berkas-lengkap') await beforeDocumentsComplete(tx, tenantCode, id);
    if ((await repo.updateClaim(tx, tenantCode, id, row.status, change)) !== 1) throw new DomainError('CLAIM_CHANGED', 'conflict', {});
    await repo.insertEvent(tx, { tenantCode, claimId: id, from: row.status, to, on, amount, note, actorId: ctx.actor.userId, actorUsername: ctx.actor.username });
    await recordAudit(tx, ctx, { action: 'claim.advance', entity: 'claim', entityId: id, tenantCode, details: { number: row.number, from: row.status, to, on, amount, reason: note || undefined } });
  });
  return getClaim(db, ctx, tenantCode, id, today, lang);
}
