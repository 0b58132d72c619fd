/**
 * Ending a participation (meninggal, berhenti, pindah, tidak-memenuhi-syarat) with its date: covered
 * through that day; the slot is free from the next day for a replacement. Ending again with the same date
 * and reason changes nothing (idempotent); an ended or refused participation cannot be ended otherwise.
 * A death reported as a claim ends the participation inside the claim's own transaction (`endOnDeath`).
 */
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../auth/actor';
import { authorizeTenant } from '../auth/scope.service';
import type { Db } from '../db/database';
import type { EndReason } from '../db/schema';
import { DomainError, notFound } from '../domain/errors';
import { canTransition } from '../domain/participation';
import { participationScope } from './enrolment-scope';
import { getParticipant } from './enrolment.service';
import * as assign from './assignment.repository';
import * as lifecycle from './lifecycle.repository';
import * as repo from './participation.repository';

export interface EndRequest { on: string; reason: Exclude<EndReason, 'akhir-pks'> }

type Row = Pick<repo.ParticipationRow, 'id' | 'status' | 'coverage_to'>;

/** The end itself, on the caller's transaction: the row, its history and the audit entry. */
async function writeEnd(tx: Db, ctx: RequestContext, tenantCode: string, row: Row, req: EndRequest, details: Record<string, unknown> = {}) {
  await lifecycle.endParticipation(tx, tenantCode, row.id, req.on, req.reason);
  await assign.insertHistory(tx, tenantCode, [row.id], {
    action: 'end', from: row.status, to: 'berakhir', actorId: ctx.actor.userId, actorUsername: ctx.actor.username,
    changes: { endedOn: req.on, reason: req.reason, coverageTo: { from: row.coverage_to, to: req.on }, ...details },
  });
  await recordAudit(tx, ctx, { action: 'participation.end', entity: 'participation', entityId: row.id, tenantCode, details: { on: req.on, reason: req.reason, ...details } });
}

export async function endParticipation(db: Db, ctx: RequestContext, tenantCode: string, id: number, req: EndRequest, today: string) {
  await authorizeTenant(db, ctx.actor, tenantCode, 'enrolment:write');
  const [row] = await repo.listParticipations(db, { tenantCode, ...participationScope(ctx), ids: [id], today });
  if (!row) throw notFound('participation', id);
  if (row.status === 'berakhir' && row.ended_on === req.on && row.end_reason === req.reason) return getParticipant(db, ctx, tenantCode, id, today, true);
  if (!canTransition('end', row.status)) throw new DomainError('PARTICIPATION_TRANSITION', 'conflict', { status: row.status, action: 'end' });
  if (req.on < row.starts_on) throw new DomainError('PARTICIPATION_END_BEFORE_START', 'invalid', { field: 'on', on: req.on, start: row.starts_on });
  if (req.on > row.coverage_to) throw new DomainError('ENROL_DATE_OUTSIDE_PKS', 'invalid', { field: 'on', from: req.on, start: row.starts_on, end: row.coverage_to });
  await db.transaction().execute((tx) => writeEnd(tx, ctx, tenantCode, row, req));
  return getParticipant(db, ctx, tenantCode, id, today, true);
}

export type DeathEnd = 'ended' | 'already-ended' | 'not-running';

/**
 * A death ends the participation (reason `meninggal`, covered through the day of death) when it was still
 * running that day; called by claims inside the transaction that files the death claim, which authorised
 * the filer (an OPD or village operator reports deaths without `enrolment:write`). Idempotent: a
 * participation already ended that day for that reason is left as it is, and so is one that was not
 * running on the day (ended before, not started yet, refused) — the claim's eligibility explains that.
 */
export async function endOnDeath(tx: Db, ctx: RequestContext, tenantCode: string, id: number, on: string, details: { claimNumber: string }): Promise<DeathEnd> {
  const row = await lifecycle.lockParticipation(tx, tenantCode, id);
  if (!row) return 'not-running';
  if (row.status === 'berakhir' && row.ended_on === on && row.end_reason === 'meninggal') return 'already-ended';
  if (!canTransition('end', row.status) || on < row.starts_on || on > row.coverage_to) return 'not-running';
  await writeEnd(tx, ctx, tenantCode, row, { on, reason: 'meninggal' }, details);
  return 'ended';
}

/** The CLI names a participant by NIK: the one participation running on the end date. */
export async function endParticipationByNik(db: Db, ctx: RequestContext, tenantCode: string, nik: string, req: EndRequest, today: string) {
  await authorizeTenant(db, ctx.actor, tenantCode, 'enrolment:write');
  const running = await lifecycle.findRunningByNik(db, tenantCode, nik, req.on);
  if (running.length > 1) throw new DomainError('PARTICIPATION_AMBIGUOUS', 'conflict', { field: 'nik' });
  let id = running[0]?.id;
  if (id === undefined) {
    // already ended that day with that reason: answer as before (idempotent)
    const done = (await repo.listParticipations(db, { tenantCode, opdId: null, villageCode: null, nik, today }))
      .find((p) => p.status === 'berakhir' && p.ended_on === req.on && p.end_reason === req.reason);
    if (!done) throw notFound('participation', nik);
    id = done.id;
  }
  return endParticipation(db, ctx, tenantCode, id, req, today);
}
