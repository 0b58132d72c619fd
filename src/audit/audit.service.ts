/**
 * The audit log: who did what, when, to which record, from where. Writes, logins, exports and every view
 * of personal data are recorded — in the same transaction as the change they describe, when there is one.
 */
import type { RequestContext } from '../auth/actor';
import { requirePermission, visibleTenantCodes } from '../auth/scope.service';
import type { Db } from '../db/database';
import type { Lang } from '../i18n/messages';
import * as regions from '../regions/regions.service';
import { auditChanges, auditSentence, type AuditAction } from './audit-actions';
import { renderAuditXlsx } from './audit-xlsx';

export type { AuditAction };
import * as repo from './audit.repository';

export interface AuditEvent {
  action: AuditAction;
  entity: string;
  entityId?: string | number | null;
  tenantCode?: string | null;
  details?: Record<string, unknown>;
}

/** The most entries one export holds: a year of a busy regency; narrow the filter for more. */
export const AUDIT_EXPORT_LIMIT = 50_000;

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

/** The filtered log (newest first, at most AUDIT_EXPORT_LIMIT entries) as XLSX; the export is itself logged. */
export async function exportAuditLog(db: Db, ctx: RequestContext, filter: repo.AuditFilter, lang: Lang, now: Date) {
  requirePermission(ctx.actor, 'audit:read');
  const rows = await repo.listAudit(db, { ...filter, limit: AUDIT_EXPORT_LIMIT, tenantCodes: await visibleTenantCodes(db, ctx.actor) });
  const names = await regions.existingRegionCodes(db, [...new Set(rows.flatMap((r) => (r.tenant_code ? [r.tenant_code] : [])))]);
  const content = await renderAuditXlsx(rows.map((r) => ({
    at: r.at, actor: r.actor_username, summary: auditSentence(r.action, r.entity_id, lang), entity: r.entity, entityId: r.entity_id,
    tenantCode: r.tenant_code, tenantName: r.tenant_code ? (names.get(r.tenant_code)?.name ?? r.tenant_code) : null, ip: r.ip,
    changes: auditChanges(r.details),
  })), lang, now);
  await recordAudit(db, ctx, { action: 'audit.export', entity: 'audit', tenantCode: filter.tenantCode ?? null, details: { ...filter, entries: rows.length } });
  return { filename: `log-audit-${now.toISOString().slice(0, 10)}.xlsx`, content, entries: rows.length };
}
