/** SQL for the append-only audit log. */
import type { Db } from '../db/database';

export interface AuditEntry {
  actorId: number | null;
  actorUsername: string | null;
  action: string;
  entity: string;
  entityId?: string | number | null;
  tenantCode?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
}

export async function insertAudit(db: Db, e: AuditEntry): Promise<void> {
  await db.insertInto('audit_log').values({
    actor_id: e.actorId,
    actor_username: e.actorUsername,
    action: e.action,
    entity: e.entity,
    entity_id: e.entityId == null ? null : String(e.entityId),
    tenant_code: e.tenantCode ?? null,
    ip: e.ip ?? null,
    details: JSON.stringify(e.details ?? {}),
  }).execute();
}

/** Who, what, when, which record: every filter optional; `from`/`to` are instants (ISO). */
export interface AuditFilter { actor?: string; action?: string; entity?: string; entityId?: string; from?: string; to?: string; tenantCode?: string }

export function listAudit(db: Db, opts: AuditFilter & { limit: number; before?: number; tenantCodes: string[] | 'all' }) {
  let q = db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(opts.limit);
  if (opts.before) q = q.where('id', '<', opts.before);
  if (opts.actor) q = q.where('actor_username', '=', opts.actor);
  // an action family ("agreement") or one action ("agreement.sign")
  if (opts.action) q = q.where((eb) => eb.or([eb('action', '=', opts.action!), eb('action', 'like', `${opts.action!.replace(/[\\%_]/g, '\\$&')}.%`)]));
  if (opts.entity) q = q.where('entity', '=', opts.entity);
  if (opts.entityId) q = q.where('entity_id', '=', opts.entityId);
  if (opts.from) q = q.where('at', '>=', new Date(opts.from));
  if (opts.to) q = q.where('at', '<', new Date(opts.to));
  if (opts.tenantCode) q = q.where('tenant_code', '=', opts.tenantCode);
  if (opts.tenantCodes !== 'all') q = q.where('tenant_code', 'in', opts.tenantCodes.length ? opts.tenantCodes : ['-']);
  return q.execute();
}
