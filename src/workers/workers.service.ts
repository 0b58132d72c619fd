/**
 * The worker registry: search (NIK, fuzzy name, OPD, village, status), one person with memberships
 * and history, edits with history, ending a membership, and registering an approved import batch.
 * Scope: an `opd` user sees persons with a membership in their OPD only, a `desa` user in their village
 * only; outside scope a person answers 404. Full NIKs only with `nik:full` and on request, audit-logged.
 */
import type { RequestContext } from '../auth/actor';
import { recordAudit } from '../audit/audit.service';
import { authorizeTenant } from '../auth/scope.service';
import type { Db } from '../db/database';
import { findBatchProvenance } from '../imports/staged-rows.service';
import { DomainError, notFound } from '../domain/errors';
import { cleanName, nameInitials, nameKey } from '../domain/person-name';
import * as registration from './registration.repository';
import * as repo from './workers.repository';
import { assertVillageOfRegency } from '../regions/regions.service';
import { guardNikSearch } from './nik-lookup.service';
import { mayReveal, personIdentity, toMembershipView, visibleChanges, type MembershipRow } from './worker-view';
import './workers.messages';

import type { WorkerGroup } from '../domain/worker-group';

export type { WorkerGroup };

export function registryScope(ctx: RequestContext): repo.RegistryScope {
  return {
    opdId: ctx.actor.role === 'opd' ? (ctx.actor.opdId ?? -1) : null,
    villageCode: ctx.actor.role === 'desa' ? (ctx.actor.villageCode ?? '-') : null,
  };
}

export interface SearchQuery {
  q?: string; group?: WorkerGroup; opdId?: number; villageCode?: string; status?: 'active' | 'inactive' | 'merged';
  limit: number; offset: number; revealNik?: boolean;
}

/**
 * Every view of personal data is audit-logged (UU PDP): which people were shown to whom, and whether their
 * full NIK was revealed (`person.nik.view`) or not (`person.view`).
 */
async function auditView(db: Db, ctx: RequestContext, tenantCode: string, personIds: number[], reveal: boolean, what: string) {
  if (personIds.length === 0) return;
  const revealed = reveal && mayReveal(ctx.actor);
  await recordAudit(db, ctx, {
    action: revealed ? 'person.nik.view' : 'person.view', entity: 'person',
    entityId: personIds.length === 1 ? personIds[0] : null, tenantCode, details: { personIds, what },
  });
}

export async function searchWorkers(db: Db, ctx: RequestContext, tenantCode: string, query: SearchQuery) {
  await authorizeTenant(db, ctx.actor, tenantCode, 'workers:read');
  const text = (query.q ?? '').trim().replace(/^'/, '');
  const digits = text.replace(/[\s.]/g, '');
  const byNik = /^\d{16}$/.test(digits) ? { nik: digits } : /^\d{4,15}$/.test(digits) ? { nikPrefix: digits } : {};
  const lookup = await guardNikSearch(db, ctx, byNik);
  const key = !('nik' in byNik || 'nikPrefix' in byNik) && text ? nameKey(text) : '';
  const rows = await repo.searchPersons(db, {
    tenantCode, ...registryScope(ctx), ...byNik, ...(key ? { nameKey: key, nameText: text.toLowerCase() } : {}),
    group: query.group, opd: query.opdId, village: query.villageCode, status: query.status, limit: query.limit, offset: query.offset,
  });
  const memberships = await repo.listMembershipsOf(db, tenantCode, rows.map((r) => r.id));
  const reveal = !!query.revealNik;
  await auditView(db, ctx, tenantCode, rows.map((r) => r.id), reveal, 'search');
  if (lookup) await recordAudit(db, ctx, { action: 'person.nik.lookup', entity: 'person', entityId: rows.length === 1 ? rows[0]!.id : null, tenantCode, details: { found: rows.length } });
  return {
    total: rows[0]?.total ?? 0,
    items: rows.map((p) => ({
      id: p.id, ...personIdentity(ctx.actor, p, reveal), name: p.name, birthDate: p.birth_date, sex: p.sex, villageCode: p.village_code,
      status: p.status, mergedInto: p.merged_into, score: Math.round(p.score * 100) / 100,
      memberships: memberships.filter((m) => m.person_id === p.id).map((m) => toMembershipView(m as MembershipRow)),
    })),
  };
}

async function requirePerson(db: Db, ctx: RequestContext, tenantCode: string, id: number) {
  const person = await repo.findPerson(db, tenantCode, id, registryScope(ctx));
  if (!person) throw notFound('person', id);
  return person;
}

export async function getWorker(db: Db, ctx: RequestContext, tenantCode: string, id: number, revealNik = false) {
  await authorizeTenant(db, ctx.actor, tenantCode, 'workers:read');
  const p = await requirePerson(db, ctx, tenantCode, id);
  const memberships = await repo.listMembershipsOf(db, tenantCode, [id]);
  await auditView(db, ctx, tenantCode, [id], revealNik, 'detail');
  return {
    id: p.id, ...personIdentity(ctx.actor, p, revealNik), name: p.name, birthPlace: p.birth_place, birthDate: p.birth_date, sex: p.sex,
    motherName: mayReveal(ctx.actor) ? p.mother_name : null, address: p.address,
    villageCode: p.village_code, villageName: p.village_name, status: p.status, mergedInto: p.merged_into,
    createdAt: p.created_at.toISOString(), updatedAt: p.updated_at.toISOString(),
    memberships: memberships.map((m) => toMembershipView(m as MembershipRow)),
  };
}

/** Every change to a person: its creation (from the approved batch: who uploaded, who approved, which
 * file and row), then each recorded edit, merge and membership change. */
export async function getWorkerHistory(db: Db, ctx: RequestContext, tenantCode: string, id: number) {
  await authorizeTenant(db, ctx.actor, tenantCode, 'workers:read');
  const p = await requirePerson(db, ctx, tenantCode, id);
  const source = p.source_batch_id ? await findBatchProvenance(db, tenantCode, p.source_batch_id) : undefined;
  const created = {
    at: (source?.decided_at ?? p.created_at).toISOString(), actor: source?.decided_by_username ?? null, action: 'create',
    changes: source ? { batchId: source.id, file: source.file_name, row: p.source_row_no, uploadedBy: source.created_by_username, uploadedAt: source.created_at.toISOString() } : {},
  };
  const events = (await repo.listHistory(db, tenantCode, id))
    .map((h) => ({ at: h.at.toISOString(), actor: h.actor_username, action: h.action, changes: visibleChanges(ctx.actor, h.changes as Record<string, unknown>) }));
  await auditView(db, ctx, tenantCode, [id], false, 'history');
  return { items: [created, ...events] };
}

export interface WorkerPatch { name?: string; birthPlace?: string | null; motherName?: string | null; address?: string | null; villageCode?: string | null; phone?: string | null; status?: 'active' | 'inactive' }

export async function updateWorker(db: Db, ctx: RequestContext, tenantCode: string, id: number, patch: WorkerPatch) {
  await authorizeTenant(db, ctx.actor, tenantCode, 'workers:write');
  const before = await requirePerson(db, ctx, tenantCode, id);
  if (before.status === 'merged') throw new DomainError('PERSON_MERGED', 'conflict');
  if (patch.villageCode) await assertVillageOfRegency(db, tenantCode, patch.villageCode);
  const next: repo.PersonPatch = {};
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  const set = <K extends keyof repo.PersonPatch>(column: K, value: repo.PersonPatch[K] | undefined, current: unknown) => {
    if (value === undefined || value === current) return;
    next[column] = value;
    changes[column] = { from: current, to: value };
  };
  if (patch.name !== undefined) {
    const name = cleanName(patch.name);
    set('name', name, before.name);
    if (next.name) Object.assign(next, { name_key: nameKey(name), name_initials: nameInitials(nameKey(name)) });
  }
  set('birth_place', patch.birthPlace, before.birth_place);
  set('mother_name', patch.motherName, before.mother_name);
  set('address', patch.address, before.address);
  set('village_code', patch.villageCode, before.village_code);
  set('phone', patch.phone, before.phone);
  set('status', patch.status, before.status);
  if (Object.keys(changes).length) {
    await db.transaction().execute(async (tx) => {
      await repo.updatePerson(tx, tenantCode, id, next);
      await repo.insertHistory(tx, { tenantCode, personId: id, actorId: ctx.actor.userId, actorUsername: ctx.actor.username, action: 'update', changes });
      await recordAudit(tx, ctx, { action: 'person.update', entity: 'person', entityId: id, tenantCode, details: { fields: Object.keys(changes) } });
    });
  }
  return getWorker(db, ctx, tenantCode, id);
}

export async function endWorkerMembership(db: Db, ctx: RequestContext, tenantCode: string, personId: number, membershipId: number, endedOn: string) {
  await authorizeTenant(db, ctx.actor, tenantCode, 'workers:write');
  await requirePerson(db, ctx, tenantCode, personId);
  const m = await repo.findMembership(db, tenantCode, personId, membershipId);
  const scope = registryScope(ctx);
  if (!m || (scope.opdId !== null && m.opd_id !== scope.opdId) || (scope.villageCode !== null && m.village_code !== scope.villageCode)) throw notFound('membership', membershipId);
  if (m.status === 'ended') throw new DomainError('MEMBERSHIP_ENDED', 'conflict');
  if (endedOn < m.started_on) throw new DomainError('MEMBERSHIP_END_BEFORE_START', 'invalid', { field: 'endedOn', startedOn: m.started_on });
  await db.transaction().execute(async (tx) => {
    await repo.endMembership(tx, tenantCode, membershipId, endedOn);
    await repo.insertHistory(tx, { tenantCode, personId, actorId: ctx.actor.userId, actorUsername: ctx.actor.username, action: 'membership.end', changes: { membershipId, group: m.worker_group, endedOn } });
    await recordAudit(tx, ctx, { action: 'membership.end', entity: 'membership', entityId: membershipId, tenantCode, details: { personId, endedOn } });
  });
  return getWorker(db, ctx, tenantCode, personId);
}

/**
 * Registers the accepted rows of an approved batch (called by the import service inside its approval
 * transaction, after it has locked the batch and re-checked duplicates).
 */
export async function registerStagedBatch(tx: Db, ctx: RequestContext, a: { tenantCode: string; batchId: number; group: WorkerGroup; on: string; accepted: number }) {
  const args = { ...a, actorId: ctx.actor.userId, actorUsername: ctx.actor.username };
  const persons = await registration.insertNewPersonsWithMemberships(tx, args);
  // a person the regency already had (an ended membership) gets a new one; history says so
  const reenrolled = persons < a.accepted ? await registration.insertMembershipsForExisting(tx, args) : 0;
  if (reenrolled) await registration.insertReenrolHistory(tx, args);
  const memberships = persons + reenrolled;
  const reviews = await registration.insertReviews(tx, args);
  return { persons, memberships, reenrolled, reviews };
}
