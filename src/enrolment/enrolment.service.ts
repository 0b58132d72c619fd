/**
 * Enrolment (issue #11), the read side other capabilities build on: participant lists and details, the
 * data printed on a participant card, and the live status a card's QR link checks. Writes live in
 * enrolment-assign.service.ts (enrol, end), enrolment-exchange.service.ts (BPJS batches) and
 * enrolment-answer.service.ts (BPJS's answer). Every view of personal data is audit-logged (UU 27/2022).
 */
import { groupTerms, type GroupTerms } from '../agreements/agreement-groups.service';
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../auth/actor';
import { authorizeTenant } from '../auth/scope.service';
import type { Db } from '../db/database';
import type { ParticipationStatus } from '../db/schema';
import { systemClock, todayIn } from '../clock/clock';
import { notFound } from '../domain/errors';
import { statusOn, validOn } from '../domain/participation';
import { existingRegionCodes } from '../regions/regions.service';
import { opdNames } from '../tenants/tenants.service';
import { personIdentities } from '../workers/participant-source.service';
import { participationScope } from './enrolment-scope';
import * as repo from './participation.repository';
import { toParticipant, type Labels } from './participant-view';
import './enrolment.messages';

export async function labelsFor(db: Db, tenantCode: string, rows: repo.ParticipationRow[], today: string): Promise<Labels> {
  const [names, groups] = await Promise.all([
    personIdentities(db, tenantCode, rows.map((r) => r.person_id)),
    groupTerms(db, tenantCode, { groupIds: [...new Set(rows.map((r) => r.group_id))] }),
  ]);
  return { names, groups: new Map(groups.map((g) => [g.groupId, g])), today };
}

async function auditView(db: Db, ctx: RequestContext, tenantCode: string, ids: number[], what: string, revealed: boolean) {
  if (!ids.length) return;
  await recordAudit(db, ctx, {
    action: revealed ? 'participant.nik.view' : 'participant.view', entity: 'participation',
    entityId: ids.length === 1 ? ids[0] : null, tenantCode, details: { participationIds: ids.slice(0, 1000), count: ids.length, what },
  });
}

export interface ParticipantQuery {
  nik?: string; agreementId?: number; groupId?: number; status?: ParticipationStatus; opdId?: number; villageCode?: string; personId?: number;
  limit: number; offset: number; revealNik?: boolean;
}

export async function listParticipants(db: Db, ctx: RequestContext, tenantCode: string, q: ParticipantQuery, today: string) {
  await authorizeTenant(db, ctx.actor, tenantCode, 'enrolment:read');
  const rows = await repo.listParticipations(db, {
    tenantCode, ...participationScope(ctx), nik: q.nik, personId: q.personId, agreementId: q.agreementId, groupId: q.groupId, status: q.status,
    opd: q.opdId, village: q.villageCode, today, limit: q.limit, offset: q.offset,
  });
  const labels = await labelsFor(db, tenantCode, rows, today);
  const items = rows.map((r) => toParticipant(r, labels, ctx.actor, !!q.revealNik));
  await auditView(db, ctx, tenantCode, rows.map((r) => r.id), 'list', items.some((i) => !i.nikMasked));
  return { total: rows[0]?.total ?? 0, items };
}

export async function getParticipant(db: Db, ctx: RequestContext, tenantCode: string, id: number, today: string, revealNik = false) {
  await authorizeTenant(db, ctx.actor, tenantCode, 'enrolment:read');
  const [row] = await repo.listParticipations(db, { tenantCode, ...participationScope(ctx), ids: [id], today });
  if (!row) throw notFound('participation', id);
  const labels = await labelsFor(db, tenantCode, [row], today);
  const history = (await repo.listHistory(db, tenantCode, [id])).map((h) => ({
    at: h.at.toISOString(), actor: h.actor_username, action: h.action, fromStatus: h.from_status, toStatus: h.to_status, batchId: h.batch_id, changes: h.changes,
  }));
  const item = toParticipant(row, labels, ctx.actor, revealNik);
  await auditView(db, ctx, tenantCode, [id], 'detail', !item.nikMasked);
  return { ...item, history };
}

export interface CardData {
  participationId: number; name: string; nik: string; kpj: string | null; programmes: string[]; groupName: string;
  agreementNumber: string; agreementPeriod: { start: string; end: string }; regencyName: string;
  villageName: string | null; opdName: string | null; status: ParticipationStatus; validNow: boolean;
  coverageFrom: string | null; coverageTo: string;
}

/**
 * What a participant card prints, for the participations in scope matching a NIK, a village or an OPD.
 * The NIK is full here (the card masks it); the view is audit-logged like any view of personal data.
 */
export async function listCardData(db: Db, ctx: RequestContext, tenantCode: string, f: { nik?: string; villageCode?: string; opdId?: number; participationId?: number; status?: ParticipationStatus }, today = todayIn(systemClock, tenantCode)): Promise<CardData[]> {
  await authorizeTenant(db, ctx.actor, tenantCode, 'enrolment:read');
  const rows = await repo.listParticipations(db, {
    tenantCode, ...participationScope(ctx), nik: f.nik, village: f.villageCode, opd: f.opdId, ids: f.participationId === undefined ? undefined : [f.participationId], status: f.status, today,
  });
  const labels = await labelsFor(db, tenantCode, rows, today);
  const [regions, opds] = await Promise.all([
    existingRegionCodes(db, [tenantCode, ...rows.flatMap((r) => (r.village_code ? [r.village_code] : []))]),
    opdNames(db, tenantCode),
  ]);
  await auditView(db, ctx, tenantCode, rows.map((r) => r.id), 'cards', true);
  return rows.map((r) => cardOf(r, labels.groups.get(r.group_id), labels.names.get(r.person_id)?.name ?? '', regions.get(tenantCode)?.name ?? tenantCode,
    r.village_code ? (regions.get(r.village_code)?.name ?? null) : null, r.opd_id !== null ? (opds.get(r.opd_id) ?? null) : null, today));
}

function cardOf(r: repo.ParticipationRow, g: GroupTerms | undefined, name: string, regencyName: string, villageName: string | null, opdName: string | null, today: string): CardData {
  const dates = { status: r.status, coverageFrom: r.coverage_from, coverageTo: r.coverage_to, endedOn: r.ended_on, endReason: r.end_reason };
  return {
    participationId: r.id, name, nik: r.nik, kpj: r.kpj, programmes: r.programmes, groupName: g?.groupName ?? '',
    agreementNumber: g?.agreementNumber ?? '', agreementPeriod: { start: g?.periodStart ?? '', end: g?.periodEnd ?? '' }, regencyName,
    villageName, opdName, status: statusOn(dates, today).status, validNow: validOn(dates, today), coverageFrom: r.coverage_from, coverageTo: r.coverage_to,
  };
}

export interface LiveStatus {
  status: ParticipationStatus; validNow: boolean; name: string; coverageFrom: string | null; coverageTo: string; regencyName: string;
}

/** The public card check (GET /v/<token>, no login): the participation's status now, not what was printed. */
export async function liveStatus(db: Db, tenantCode: string, participationId: number, today: string): Promise<LiveStatus> {
  const row = await repo.findParticipation(db, tenantCode, participationId);
  if (!row) throw notFound('participation', participationId);
  const [names, regions] = await Promise.all([personIdentities(db, tenantCode, [row.person_id]), existingRegionCodes(db, [tenantCode])]);
  const dates = { status: row.status, coverageFrom: row.coverage_from, coverageTo: row.coverage_to, endedOn: row.ended_on, endReason: row.end_reason };
  return {
    status: statusOn(dates, today).status, validNow: validOn(dates, today), name: names.get(row.person_id)?.name ?? '',
    coverageFrom: row.coverage_from, coverageTo: row.coverage_to, regencyName: regions.get(tenantCode)?.name ?? tenantCode,
  };
}

export interface NikParticipation extends Omit<CardData, 'name' | 'nik' | 'villageName' | 'opdName' | 'agreementNumber'> {
  tenantCode: string; personId: number; startsOn: string;
}

/**
 * The participations of a NIK in every regency, for the public self-service check (issue #15), which
 * proves the caller's second factor and audits the lookup itself. No actor: nobody is signed in there.
 */
export async function participationsForNik(db: Db, nik: string, todayOf: (tenantCode: string) => string): Promise<NikParticipation[]> {
  const rows = await repo.findParticipationsByNik(db, nik);
  const out: NikParticipation[] = [];
  for (const tenantCode of [...new Set(rows.map((r) => r.tenant_code))]) {
    const mine = rows.filter((r) => r.tenant_code === tenantCode);
    const today = todayOf(tenantCode);
    const [labels, regions] = await Promise.all([labelsFor(db, tenantCode, mine, today), existingRegionCodes(db, [tenantCode])]);
    for (const r of mine) {
      const { name: _n, nik: _k, villageName: _v, opdName: _o, agreementNumber: _a, ...card } =
        cardOf(r, labels.groups.get(r.group_id), '', regions.get(tenantCode)?.name ?? tenantCode, null, null, today);
      out.push({ ...card, tenantCode, personId: r.person_id, startsOn: r.starts_on });
    }
  }
  return out;
}
