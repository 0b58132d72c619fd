/**
 * The fuzzy-duplicate review queue: pairs of registered persons that may be one human (same birth date
 * and a similar name, or the same phone). A dinas officer decides: merge (one record stays; the other's
 * memberships move to it, or end where the kept one already has that group; the other is marked
 * 'merged') or keep both. Every decision is recorded in both persons' history and the audit log.
 */
import type { RequestContext } from '../auth/actor';
import { recordAudit } from '../audit/audit.service';
import { authorizeTenant } from '../auth/scope.service';
import type { Db } from '../db/database';
import { DomainError, notFound } from '../domain/errors';
import * as repo from './dedup-review.repository';
import * as persons from './workers.repository';
import { personIdentity, toMembershipView, type MembershipRow } from './worker-view';
import { registryScope } from './workers.service';
import './workers.messages';

interface SideRow {
  id: number; nik: string; name: string; birthPlace: string | null; birth: string; sex: 'L' | 'P'; phone: string | null;
  address: string | null; village: string | null; villageName: string | null; status: string;
}

export async function listDedupReviews(db: Db, ctx: RequestContext, tenantCode: string, q: { status?: 'pending' | 'merged' | 'kept'; limit: number; offset: number }) {
  await authorizeTenant(db, ctx.actor, tenantCode, 'workers:read');
  const rows = await repo.listReviews(db, tenantCode, q.status, registryScope(ctx), q.limit, q.offset);
  // what tells two records of one human apart from namesakes: where each was born and lives, and where
  // each works or is enrolled (OPD, village) — fetched for the whole page in one query
  const memberships = await persons.listMembershipsOf(db, tenantCode, [...new Set(rows.flatMap((r) => [r.a_id, r.b_id]))]);
  const side = (p: SideRow) => ({
    id: p.id, ...personIdentity(ctx.actor, p, false), name: p.name, birthPlace: p.birthPlace, birthDate: p.birth, sex: p.sex,
    address: p.address, villageCode: p.village, villageName: p.villageName, status: p.status,
    memberships: memberships.filter((m) => m.person_id === p.id).map((m) => toMembershipView(m as MembershipRow)),
  });
  return {
    total: rows[0]?.total ?? 0,
    items: rows.map((r) => ({
      id: r.id, score: Math.round(r.score * 100) / 100, signals: r.signals, status: r.status, batchId: r.batch_id, keptPersonId: r.kept_person_id,
      decidedBy: r.decided_by_username, decidedAt: r.decided_at?.toISOString() ?? null, note: r.note, createdAt: r.created_at.toISOString(),
      person: side({ id: r.a_id, nik: r.a_nik, name: r.a_name, birthPlace: r.a_birth_place, birth: r.a_birth_date, sex: r.a_sex, phone: r.a_phone,
        address: r.a_address, village: r.a_village, villageName: r.a_village_name, status: r.a_status }),
      other: side({ id: r.b_id, nik: r.b_nik, name: r.b_name, birthPlace: r.b_birth_place, birth: r.b_birth_date, sex: r.b_sex, phone: r.b_phone,
        address: r.b_address, village: r.b_village, villageName: r.b_village_name, status: r.b_status }),
    })),
  };
}

export interface ReviewDecision { decision: 'merge' | 'keep-separate'; keepPersonId?: number; note?: string }

export async function decideDedupReview(db: Db, ctx: RequestContext, tenantCode: string, id: number, d: ReviewDecision, today: string) {
  await authorizeTenant(db, ctx.actor, tenantCode, 'workers:approve');
  return db.transaction().execute(async (tx) => {
    const review = await repo.lockReview(tx, tenantCode, id);
    if (!review) throw notFound('dedup_review', id);
    if (review.status !== 'pending') throw new DomainError('REVIEW_DECIDED', 'conflict');
    const actor = { actorId: ctx.actor.userId, actorUsername: ctx.actor.username };
    if (d.decision === 'keep-separate') {
      await repo.decideReview(tx, tenantCode, id, { status: 'kept', keptPersonId: null, ...actor, note: d.note ?? null });
      for (const personId of [review.person_id, review.other_person_id])
        await persons.insertHistory(tx, { tenantCode, personId, ...actor, action: 'dedup.keep-separate', changes: { reviewId: id } });
    } else {
      // by default the earlier record stays: it is the one other documents already refer to
      const keep = d.keepPersonId ?? Math.min(review.person_id, review.other_person_id);
      if (keep !== review.person_id && keep !== review.other_person_id) throw new DomainError('REVIEW_KEEP_INVALID', 'invalid', { field: 'keepPersonId' });
      const gone = keep === review.person_id ? review.other_person_id : review.person_id;
      const kept = new Set((await repo.listActiveMemberships(tx, tenantCode, keep)).map((m) => m.worker_group));
      for (const m of await repo.listActiveMemberships(tx, tenantCode, gone)) {
        if (kept.has(m.worker_group)) await persons.endMembership(tx, tenantCode, m.id, today);
        else await persons.moveMembership(tx, tenantCode, m.id, keep);
      }
      await persons.updatePerson(tx, tenantCode, gone, { status: 'merged', merged_into: keep });
      await repo.decideReview(tx, tenantCode, id, { status: 'merged', keptPersonId: keep, ...actor, note: d.note ?? null });
      await persons.insertHistory(tx, { tenantCode, personId: keep, ...actor, action: 'dedup.merge', changes: { reviewId: id, merged: gone } });
      await persons.insertHistory(tx, { tenantCode, personId: gone, ...actor, action: 'dedup.merged-into', changes: { reviewId: id, into: keep } });
    }
    await recordAudit(tx, ctx, { action: `dedup.${d.decision}`, entity: 'dedup_review', entityId: id, tenantCode, details: { keepPersonId: d.keepPersonId ?? null } });
    return { id, status: d.decision === 'merge' ? ('merged' as const) : ('kept' as const) };
  });
}
