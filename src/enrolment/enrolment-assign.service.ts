/**
 * Assigning registry members to the groups of a PKS within their quotas (issue #11 §2), and ending a
 * participation. Non-ASN go to a PU group, pekerja rentan to a BPU group (PP 44/2015 as amended by PP
 * 82/2019: PU for wage earners, BPU for the self-employed). A group never holds more participations than
 * its quota on any day: a slot is taken from the start date on and freed the day after an end date, so a
 * replacement starts the day after the participant it replaces ended. One active participation per
 * person (by NIK) per programme at a time, also across regencies.
 */
import { groupTerms, type GroupTerms } from '../agreements/agreement-groups.service';
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../auth/actor';
import { authorizeTenant } from '../auth/scope.service';
import type { Db } from '../db/database';
import type { WaitlistOrder } from '../db/schema';
import { DomainError, notFound } from '../domain/errors';
import { maskNik } from '../domain/nik';
import { existingRegionCodes } from '../regions/regions.service';
import { activeMembershipsOf, activeMembershipsQuery } from '../workers/participant-source.service';
import * as repo from './assignment.repository';
import './enrolment.messages';

const workerGroupOf = (g: GroupTerms) => (g.scheme === 'pu' ? 'non-asn' : 'rentan');

/** The groups of a signed PKS (one when groupId is given). */
export async function pksGroups(db: Db, tenantCode: string, agreementId: number, groupId?: number): Promise<GroupTerms[]> {
  const all = await groupTerms(db, tenantCode, { agreementId });
  // an agreement without groups (an MoU) has nobody to enrol
  if (!all.length) throw notFound('agreement', agreementId);
  if (all[0]!.kind !== 'pks' || all[0]!.agreementStatus === 'draft') throw new DomainError('ENROL_NOT_PKS', 'conflict', { field: 'agreement' });
  const groups = groupId === undefined ? all : all.filter((g) => g.groupId === groupId);
  if (!groups.length) throw notFound('group', groupId);
  return groups;
}

/** The start date asked, or today clamped into the PKS period; refused outside the period. */
export function startDate(g: GroupTerms, from: string | undefined, today: string): string {
  const day = from ?? (today < g.periodStart ? g.periodStart : today);
  if (day < g.periodStart || day > g.periodEnd) {
    throw new DomainError('ENROL_DATE_OUTSIDE_PKS', 'invalid', { field: 'from', from: day, start: g.periodStart, end: g.periodEnd });
  }
  return day;
}

export interface EnrolRequest { agreementId: number; groupId?: number; from?: string; personIds?: number[] }

export interface GroupCount { groupId: number; quota: number; active: number; free: number }

export interface EnrolResult {
  enrolled: number; waitlisted: number; groups: GroupCount[];
  /** members left out because they already hold an overlapping participation (here or in another regency) */
  refused: { personId: number; nik: string; regencyCode: string; regencyName: string }[];
  participationIds: number[];
}

async function regencyName(db: Db, code: string): Promise<string> {
  return (await existingRegionCodes(db, [code])).get(code)?.name ?? code;
}

/** Refuses a hand-picked enrolment that cannot be done whole: not a member, already active, beyond the quota. */
async function checkPicked(tx: Db, tenantCode: string, g: GroupTerms, personIds: number[], period: repo.Period, occupied: number) {
  const source = activeMembershipsOf(tx, tenantCode, workerGroupOf(g), personIds);
  const found = new Set((await source.execute()).map((m) => m.person_id));
  const missing = personIds.find((id) => !found.has(id));
  if (missing !== undefined) throw new DomainError('ENROL_NOT_MEMBER', 'invalid', { field: 'personIds', personId: missing, group: g.groupName });
  const overlap = (await repo.overlapsOf(tx, source, period))[0];
  if (overlap && overlap.tenant_code !== tenantCode) {
    throw new DomainError('ENROL_ACTIVE_ELSEWHERE', 'conflict', {
      personId: overlap.person_id, regency: await regencyName(tx, overlap.tenant_code), regencyCode: overlap.tenant_code, programmes: period.programmes.join(', '),
    });
  }
  if (overlap) throw new DomainError('ENROL_ALREADY_PARTICIPANT', 'conflict', { personId: overlap.person_id, participationId: overlap.participation_id });
  if (occupied + personIds.length > g.quota) {
    throw new DomainError('ENROL_QUOTA_EXCEEDED', 'conflict', { quota: g.quota, active: occupied, asked: personIds.length });
  }
  return source;
}

/**
 * Enrols (status `calon`) the registry's eligible members into the PKS's groups up to each group's free
 * quota on the start date, in waitlist order; the rest wait. Hand-picked persons are enrolled all or none.
 */
export async function enrol(db: Db, ctx: RequestContext, tenantCode: string, req: EnrolRequest, today: string): Promise<EnrolResult> {
  await authorizeTenant(db, ctx.actor, tenantCode, 'enrolment:write');
  const groups = await pksGroups(db, tenantCode, req.agreementId, req.groupId);
  const from = startDate(groups[0]!, req.from, today);
  return db.transaction().execute(async (tx) => {
    await repo.lockRegency(tx, tenantCode);
    const order = await repo.waitlistOrder(tx, tenantCode);
    const result: EnrolResult = { enrolled: 0, waitlisted: 0, groups: [], refused: [], participationIds: [] };
    const waiting = new Map<string, number>();
    for (const g of groups) {
      const period: repo.Period = { programmes: g.programmes, from, to: g.periodEnd, ...(req.personIds ? {} : { notIn: { tenantCode, agreementId: g.agreementId } }) };
      const occupied = await repo.occupiedCount(tx, tenantCode, g.groupId, from);
      const free = Math.max(0, g.quota - occupied);
      const source = req.personIds
        ? await checkPicked(tx, tenantCode, g, req.personIds, period, occupied)
        : activeMembershipsQuery(tx, tenantCode, workerGroupOf(g));
      if (!req.personIds) {
        for (const o of await repo.overlapsOf(tx, source, period)) {
          if (o.tenant_code !== tenantCode) result.refused.push({ personId: o.person_id, nik: maskNik(o.nik), regencyCode: o.tenant_code, regencyName: await regencyName(tx, o.tenant_code) });
        }
      }
      const ids = await repo.insertFromCandidates(tx, source, { tenantCode, agreementId: g.agreementId, groupId: g.groupId, period, order, limit: free, status: 'calon' });
      const replaced = await repo.pairReplacements(tx, tenantCode, g.groupId, from, ids);
      await repo.insertHistory(tx, tenantCode, ids, { action: 'enrol', from: null, to: 'calon', actorId: ctx.actor.userId, actorUsername: ctx.actor.username, changes: { from } });
      const everyone = activeMembershipsQuery(tx, tenantCode, workerGroupOf(g));
      waiting.set(workerGroupOf(g), await repo.countCandidates(tx, everyone, { ...period, notIn: { tenantCode, agreementId: g.agreementId } }));
      result.enrolled += ids.length;
      result.participationIds.push(...ids);
      result.groups.push({ groupId: g.groupId, quota: g.quota, active: occupied + ids.length, free: free - ids.length });
      await recordAudit(tx, ctx, {
        action: 'participation.enrol', entity: 'agreement_group', entityId: g.groupId, tenantCode,
        details: { agreementId: g.agreementId, from, enrolled: ids.length, replacements: replaced, picked: req.personIds?.length ?? null },
      });
    }
    result.waitlisted = [...waiting.values()].reduce((a, b) => a + b, 0);
    return result;
  });
}

/** Quota, taken, waiting and free per group of a PKS, on a day (today clamped into the PKS period). */
export async function groupCounts(db: Db, ctx: RequestContext, tenantCode: string, agreementId: number, today: string) {
  await authorizeTenant(db, ctx.actor, tenantCode, 'enrolment:read');
  const groups = await pksGroups(db, tenantCode, agreementId);
  const g0 = groups[0]!;
  const on = today < g0.periodStart ? g0.periodStart : today > g0.periodEnd ? g0.periodEnd : today;
  const items = [];
  for (const g of groups) {
    const active = await repo.occupiedCount(db, tenantCode, g.groupId, on);
    const waiting = await repo.countCandidates(db, activeMembershipsQuery(db, tenantCode, workerGroupOf(g)), { programmes: g.programmes, from: on, to: g.periodEnd, notIn: { tenantCode, agreementId } });
    items.push({ groupId: g.groupId, name: g.groupName, scheme: g.scheme, quota: g.quota, active, waiting, free: Math.max(0, g.quota - active) });
  }
  return { agreementId, on, groups: items };
}

/** The waitlist of a group: eligible members not yet enrolled, in the order the setting gives. */
export async function waitlist(db: Db, ctx: RequestContext, tenantCode: string, q: { agreementId: number; groupId?: number; limit: number; offset: number }, today: string) {
  await authorizeTenant(db, ctx.actor, tenantCode, 'enrolment:read');
  const g = (await pksGroups(db, tenantCode, q.agreementId, q.groupId))[0]!;
  const from = today < g.periodStart ? g.periodStart : today > g.periodEnd ? g.periodEnd : today;
  const order = await repo.waitlistOrder(db, tenantCode);
  const rows = await repo.listCandidates(db, activeMembershipsQuery(db, tenantCode, workerGroupOf(g)), { programmes: g.programmes, from, to: g.periodEnd, notIn: { tenantCode, agreementId: q.agreementId } }, order, q.limit, q.offset);
  await recordAudit(db, ctx, { action: 'person.view', entity: 'person', entityId: null, tenantCode, details: { personIds: rows.map((r) => r.person_id), what: 'waitlist' } });
  return {
    groupId: g.groupId, order, total: rows[0]?.total ?? 0,
    items: rows.map((r) => ({ position: r.position, personId: r.person_id, nik: maskNik(r.nik), name: r.name, welfareDecile: r.welfare_decile, registeredAt: new Date(r.registered_at).toISOString(), opdId: r.opd_id, villageCode: r.village_code })),
  };
}

export async function setWaitlistOrder(db: Db, ctx: RequestContext, tenantCode: string, order: WaitlistOrder) {
  await authorizeTenant(db, ctx.actor, tenantCode, 'enrolment:write');
  await db.transaction().execute(async (tx) => {
    await repo.saveWaitlistOrder(tx, tenantCode, order);
    await recordAudit(tx, ctx, { action: 'enrolment.settings', entity: 'tenant', entityId: tenantCode, tenantCode, details: { waitlistOrder: order } });
  });
  return { waitlistOrder: order };
}
