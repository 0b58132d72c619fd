/**
 * The demo plays the seed's year: every eligible member of the demo registry (synthetic people, marked
 * `example`) enrolled in the 2025 PKS up to each group's quota, registered with BPJS in one batch and
 * active with a KPJ number from the PKS start — as if the Dinas had enrolled, exported and taken BPJS's
 * answer in January 2025. Set-based: one INSERT … SELECT per group. Idempotent: a PKS that already has
 * participations is left alone. Shown statuses follow today's date (a PKS ended in 2025 shows them ended).
 * A replacement (`seedDemoReplacement`) takes a slot freed during the year the same way, from a later day.
 */
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../auth/actor';
import type { Db } from '../db/database';
import { activeMembershipsOf, activeMembershipsQuery } from '../workers/participant-source.service';
import * as repo from './assignment.repository';
import { pksGroups } from './enrolment-assign.service';
import * as exchange from './exchange.repository';

export async function seedDemoEnrolment(db: Db, ctx: RequestContext, tenantCode: string, agreementId: number): Promise<number> {
  const groups = await pksGroups(db, tenantCode, agreementId);
  return db.transaction().execute(async (tx) => {
    await repo.lockRegency(tx, tenantCode);
    if (await exchange.hasParticipations(tx, tenantCode, agreementId)) return 0;
    const template = await exchange.currentTemplate(tx, 'registration', 'sipp-kolektif');
    const batchId = await exchange.insertBatch(tx, { tenantCode, kind: 'registration', agreementId, template, actorId: ctx.actor.userId, actorUsername: ctx.actor.username });
    const ids: number[] = [];
    for (const g of groups) {
      const source = activeMembershipsQuery(tx, tenantCode, g.scheme === 'pu' ? 'non-asn' : 'rentan');
      ids.push(...await repo.insertFromCandidates(tx, source, {
        tenantCode, agreementId, groupId: g.groupId, period: { programmes: g.programmes, from: g.periodStart, to: g.periodEnd },
        order: 'decile-then-registered', limit: g.quota, status: 'aktif', batchId, example: true, activate: true,
      }));
    }
    await exchange.closeBatch(tx, tenantCode, batchId, ids.length);
    const actor = { actorId: ctx.actor.userId, actorUsername: ctx.actor.username, changes: { example: true } };
    await repo.insertHistory(tx, tenantCode, ids, { ...actor, action: 'enrol', from: null, to: 'calon' });
    await repo.insertHistory(tx, tenantCode, ids, { ...actor, action: 'submit', from: 'calon', to: 'diajukan', batchId });
    await repo.insertHistory(tx, tenantCode, ids, { ...actor, action: 'activate', from: 'diajukan', to: 'aktif', batchId });
    await recordAudit(tx, ctx, { action: 'participation.demo', entity: 'agreement', entityId: agreementId, tenantCode, details: { participants: ids.length, batchId, example: true } });
    return ids.length;
  });
}

export interface DemoReplacement { groupId: number; personId: number; from: string }

/**
 * Enrols one registry member into a slot of the group freed before `from` (a death, issue #13 §11), active
 * with a generated KPJ from `from` like the year's enrolment, paired with the slot it takes (`replaces_id`).
 * Idempotent: a person already holding a participation over the period (or none free) enrols nobody.
 */
export async function seedDemoReplacement(db: Db, ctx: RequestContext, tenantCode: string, agreementId: number, r: DemoReplacement): Promise<number> {
  const [g] = await pksGroups(db, tenantCode, agreementId, r.groupId);
  if (!g) return 0;
  return db.transaction().execute(async (tx) => {
    await repo.lockRegency(tx, tenantCode);
    const free = g.quota - (await repo.occupiedCount(tx, tenantCode, g.groupId, r.from));
    const source = activeMembershipsOf(tx, tenantCode, g.scheme === 'pu' ? 'non-asn' : 'rentan', [r.personId]);
    const period = { programmes: g.programmes, from: r.from, to: g.periodEnd, notIn: { tenantCode, agreementId } };
    const ids = await repo.insertFromCandidates(tx, source, {
      tenantCode, agreementId, groupId: g.groupId, period, order: 'registered', limit: Math.min(free, 1), status: 'aktif', example: true, activate: true,
    });
    if (!ids.length) return 0;
    const replaced = await repo.pairReplacements(tx, tenantCode, g.groupId, r.from, ids);
    const actor = { actorId: ctx.actor.userId, actorUsername: ctx.actor.username, changes: { example: true, from: r.from } };
    await repo.insertHistory(tx, tenantCode, ids, { ...actor, action: 'enrol', from: null, to: 'calon' });
    await repo.insertHistory(tx, tenantCode, ids, { ...actor, action: 'activate', from: 'calon', to: 'aktif' });
    await recordAudit(tx, ctx, { action: 'participation.demo', entity: 'agreement_group', entityId: g.groupId, tenantCode, details: { participants: ids.length, replacements: replaced, from: r.from, example: true } });
    return ids.length;
  });
}
