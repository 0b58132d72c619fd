/**
 * Filing a claim (melaporkan klaim): the participant by NIK within the filer's scope, eligibility on the
 * incident date, the wage base from the bill line, the benefit from the rules — recorded even when not
 * eligible (BPJS decides; Lindung tells the Dinas what BPJS will see). Filing the same incident again
 * answers the claim already filed. Audited in the same transaction.
 */
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../auth/actor';
import { authorizeTenant } from '../auth/scope.service';
import { assertDate, type IsoDate } from '../domain/calendar';
import { computeClaimBenefit } from '../domain/claim-benefit';
import type { ScholarshipChild } from '../domain/claim-scholarship';
import { isClaimType, isDeathClaim, programmeOf, type ClaimType } from '../domain/claim-types';
import { DomainError } from '../domain/errors';
import type { Db } from '../db/database';
import { endOnDeath } from '../enrolment/enrolment-lifecycle.service';
import { listParticipants } from '../enrolment/enrolment.service';
import type { Lang } from '../i18n/messages';
import { getRuleBook } from '../regulation/rule-book.service';
import { eligibilityOn, isBlocking, type ParticipationFacts } from './claim-eligibility';
import { childrenInputs, heirChildren } from './claim-scholarship.service';
import { getClaim } from './claims.service';
import * as repo from './claims.repository';
import './claims.messages';

export interface FileClaimRequest {
  nik: string; type: string; incidentDate: string;
  percent?: number | string; functionLossPercent?: number | string; months?: number;
  children?: number; childLevels?: ScholarshipChild['level'][];
  medicalCost?: number; homeCareCost?: number; transportMode?: 'land' | 'sea' | 'air'; transportCost?: number;
  chronology?: string; trafficAccident?: boolean; example?: boolean;
}

type Found = Awaited<ReturnType<typeof listParticipants>>['items'][number];

/** The participation running on the incident date, else the nearest one (its dates then explain the refusal). */
function pickParticipation(items: readonly Found[], on: IsoDate): Found | undefined {
  const covering = items.find((p) => (p.coverageFrom ?? p.startsOn) <= on && on <= (p.endedOn ?? p.coverageTo));
  return covering ?? [...items].sort((a, b) => Math.abs(Date.parse(a.startsOn) - Date.parse(on)) - Math.abs(Date.parse(b.startsOn) - Date.parse(on)))[0];
}

async function workAccidentBefore(db: Db, tenantCode: string, participationId: number): Promise<boolean> {
  const types = await repo.claimTypesOf(db, tenantCode, participationId);
  return types.includes('jkk-death') || types.includes('jkk-disability-total');
}

export async function fileClaim(db: Db, ctx: RequestContext, tenantCode: string, req: FileClaimRequest, today: IsoDate, lang: Lang = 'id') {
  await authorizeTenant(db, ctx.actor, tenantCode, 'claims:write');
  if (!isClaimType(req.type)) throw new DomainError('CLAIM_TYPE_INVALID', 'invalid', { field: 'type', type: req.type });
  const type: ClaimType = req.type;
  const on = assertDate(req.incidentDate, 'incidentDate');
  if (on > today) throw new DomainError('CLAIM_INCIDENT_IN_FUTURE', 'invalid', { field: 'incidentDate', incidentDate: on });
  const found = await listParticipants(db, ctx, tenantCode, { nik: req.nik, limit: 50, offset: 0 }, today);
  const p = pickParticipation(found.items, on);
  if (!p) throw new DomainError('CLAIM_PARTICIPANT_UNKNOWN', 'not_found', { field: 'nik' });
  const facts: ParticipationFacts = { id: p.id, programmes: p.programmes, startsOn: p.startsOn, coverageFrom: p.coverageFrom, coverageTo: p.endedOn ?? p.coverageTo, workerGroup: p.workerGroup };
  const elig = await eligibilityOn(db, tenantCode, facts, type, on);
  const scheme = p.workerGroup === 'rentan' ? 'bpu' : 'pu';
  const book = await getRuleBook(db);
  const levels = req.childLevels ?? [];
  // the children recorded as heirs (birth dates, levels) when there are any; else as the filer declares them
  const fromHeirs = type === 'beasiswa' ? await heirChildren(db, tenantCode, p.id, await repo.findClaimIdOf(db, tenantCode, p.id, type, on)) : null;
  const children = fromHeirs ?? Array.from({ length: req.children ?? levels.length }, (_, i) => ({ level: levels[i] ?? 'sd' }));
  const benefit = computeClaimBenefit({
    type, on, scheme, wageBase: elig.wageBase, contributionMonths: elig.contributionMonths, percent: req.percent,
    functionLossPercent: req.functionLossPercent, months: req.months, children,
    workAccident: type === 'beasiswa' ? await workAccidentBefore(db, tenantCode, p.id) : false,
    medicalCost: req.medicalCost, homeCareCost: req.homeCareCost, transportMode: req.transportMode, transportCost: req.transportCost,
  }, book);
  const reasons = [...elig.reasons, ...benefit.reasons];
  const eligible = !reasons.some(isBlocking);
  const minimum = type === 'beasiswa' ? book.findRuleAt('jkm.scholarship.min-contribution-months', on)?.value : book.findRuleAt('bpu.jkm.full-benefit.min-contribution-months', on)?.value;
  const inputs = {
    contributionMonths: elig.contributionMonths, months: elig.contributionMonths, minimum: minimum ?? null, max: benefit.scholarship?.maxChildren ?? null,
    programme: programmeOf(type), wageBaseSource: elig.wageBaseSource, coverage: elig.coverage, percent: req.percent ?? null,
    stmbMonths: req.months ?? null, ...childrenInputs(children, benefit, fromHeirs ? 'heirs' : 'declared'),
    medicalCost: req.medicalCost ?? null, homeCareCost: req.homeCareCost ?? null, transportMode: req.transportMode ?? null,
    scholarship: benefit.scholarship ? { eligible: benefit.scholarship.eligible, reason: benefit.scholarship.reason } : null,
  };
  const id = await db.transaction().execute(async (tx) => {
    const number = await repo.nextClaimNumber(tx, tenantCode, Number(today.slice(0, 4)));
    const { id: claimId, number: claimNumber, created } = await repo.insertClaim(tx, {
      tenant_code: tenantCode, number, participation_id: p.id, nik: req.nik, worker_group: p.workerGroup, scheme,
      agreement_id: p.agreementId, group_id: p.groupId, opd_id: p.opdId, village_code: p.villageCode, type, programme: programmeOf(type),
      incident_date: on, eligible, reasons, wage_base: elig.wageBase, benefit_total: benefit.total,
      benefit: JSON.stringify({ total: benefit.total, lines: benefit.lines }), inputs: JSON.stringify(inputs),
      chronology: req.chronology ?? '', traffic_accident: req.trafficAccident ?? false, reported_on: today, example: req.example ?? false,
      created_by: ctx.actor.userId, created_by_username: ctx.actor.username,
    });
    if (created) {
      await repo.insertEvent(tx, { tenantCode, claimId, from: null, to: 'dilaporkan', on: today, amount: null, note: '', actorId: ctx.actor.userId, actorUsername: ctx.actor.username });
      await recordAudit(tx, ctx, { action: 'claim.file', entity: 'claim', entityId: claimId, tenantCode, details: { number, type, incidentDate: on, eligible, reasons, total: benefit.total } });
    }
    // §11: a death ends the participation that day (covered through it), in the same transaction as the
    // claim; the slot is free from the next day. Idempotent: filing again finds it ended and changes nothing.
    if (isDeathClaim(type)) await endOnDeath(tx, ctx, tenantCode, p.id, on, { claimNumber });
    return claimId;
  });
  return getClaim(db, ctx, tenantCode, id, today, lang);
}
