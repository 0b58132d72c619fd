/**
 * Reading claims for a request: one claim with its timeline and deadlines, and the scoped list (filters by
 * status, type, year, participant). Claims carry health data (specific personal data, UU 27/2022): every
 * view is audit-logged.
 */
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../auth/actor';
import { hasPermission } from '../auth/roles';
import { authorizeTenant } from '../auth/scope.service';
import type { IsoDate } from '../domain/calendar';
import type { ClaimStatus, ClaimType } from '../domain/claim-types';
import type { Db } from '../db/database';
import { participantNames, participationOutcome } from '../enrolment/participation-outcome.service';
import type { Lang } from '../i18n/messages';
import { loadClaim } from './claim-access.service';
import { deadlinesOf } from './claim-deadlines';
import { claimScope } from './claim-scope';
import { utilisation } from './claims-facts.service';
import { toClaimView } from './claim-view';
import * as repo from './claims.repository';
import './claims.messages';

export async function getClaim(db: Db, ctx: RequestContext, tenantCode: string, id: number, today: IsoDate, lang: Lang = 'id') {
  const row = await loadClaim(db, ctx, tenantCode, id, 'claims:read');
  const [events, deadlines, names, participation] = await Promise.all([
    repo.listEvents(db, tenantCode, id), deadlinesOf(db, [row], today), participantNames(db, tenantCode, [row.participation_id]),
    participationOutcome(db, tenantCode, row.participation_id),
  ]);
  await recordAudit(db, ctx, { action: 'claim.view', entity: 'claim', entityId: id, tenantCode, details: { number: row.number } });
  // §11: after a death, whether the participation ended, from when its slot is free and who took it
  return { ...toClaimView(row, deadlines.get(id) ?? [], events, lang, names.get(row.participation_id)), participation };
}

export interface ClaimQuery { status?: ClaimStatus; type?: ClaimType; year?: number; participationId?: number; q?: string; limit: number; offset: number }

export async function listClaims(db: Db, ctx: RequestContext, tenantCode: string, q: ClaimQuery, today: IsoDate, lang: Lang = 'id') {
  await authorizeTenant(db, ctx.actor, tenantCode, 'claims:read');
  const rows = await repo.listClaims(db, { tenantCode, ...claimScope(ctx), ...q });
  const [deadlines, names] = await Promise.all([deadlinesOf(db, rows, today), participantNames(db, tenantCode, rows.map((r) => r.participation_id))]);
  if (rows.length) {
    await recordAudit(db, ctx, { action: 'claim.list', entity: 'claim', entityId: null, tenantCode, details: { claimIds: rows.map((r) => r.id).slice(0, 1000), count: rows.length } });
  }
  return { total: rows[0]?.total ?? 0, items: rows.map((r) => toClaimView(r, deadlines.get(r.id) ?? [], null, lang, names.get(r.participation_id))) };
}

/** Utilisation for a request: claims readers of the regency, and report readers (viewers) of it. */
export async function claimUtilisation(db: Db, ctx: RequestContext, tenantCode: string, year: number) {
  await authorizeTenant(db, ctx.actor, tenantCode, hasPermission(ctx.actor.role, 'claims:read') ? 'claims:read' : 'reports:read');
  return utilisation(db, tenantCode, year);
}
