/**
 * The audit log: who did what, when, to which record, from where. Writes, logins, exports and every view
 * of personal data are recorded — in the same transaction as the change they describe, when there is one.
 */
import type { RequestContext } from '../auth/actor';
import { requirePermission, visibleTenantCodes } from '../auth/scope.service';
import type { Db } from '../db/database';
import type { Lang } from '../i18n/messages';
import { auditChanges, auditSentence, type AuditAction } from './audit-actions';

export type { AuditAction };
import * as repo from './audit.repository';

export interface AuditEvent {
  action: AuditAction;
  entity: string;
  entityId?: string | number | null;
  tenantCode?: string | null;
  details?: Record<string, unknown>;
}

export function recordAudit(db: Db, ctx: RequestContext, e: AuditEvent): Promise<void> {
  return repo.insertAudit(db, { ...e, actorId: ctx.actor.userId, actorUsername: ctx.actor.username, ip: ctx.ip });
}

export async function listAuditLog(db: Db, ctx: RequestContext, opts: repo.AuditFilter & { limit: number; before?: number }, lang: Lang = 'id') {
  requirePermission(ctx.actor, 'audit:read');
  const rows = await repo.listAudit(db, { ...opts, tenantCodes: await visibleTenantCodes(db, ctx.actor) });
  return rows.map((r) => ({
    id: r.id, at: r.at.toISOString(), actor: r.actor_username, action: r.action, entity: r.entity,
    entityId: r.entity_id, tenantCode: r.tenant_code, ip: r.ip, details: r.details,
    summary: auditSentence(r.action, r.entity_id, lang), changes: auditChanges(r.details),
  }));
}
