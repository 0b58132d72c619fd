/**
 * Retention of staged import rows. `import_row` holds a second copy of a regency's personal data (NIK,
 * name, birth date, phone, the raw cells of rejected rows) and `import_match` its fuzzy candidates; once a
 * batch is decided they only serve the review and the error sheet. UU 27/2022 on personal data protection
 * (Pasal 16 (2)) wants personal data deleted when its retention period ends, so a decided batch's rows are
 * purged after a configured number of days (a system setting, LINDUNG_IMPORT_RETENTION_DAYS, not a
 * regulation). The batch, its counts and its audit trail stay; the registry keeps what was approved.
 */
import type { RequestContext } from '../auth/actor';
import { recordAudit } from '../audit/audit.service';
import { authorizeTenant, requirePermission } from '../auth/scope.service';
import { dayOf } from '../clock/clock';
import type { Db } from '../db/database';
import { DomainError } from '../domain/errors';
import * as retention from './import-retention.repository';
import './imports.messages';

export interface PurgeRequest {
  /** Batches decided (approved or discarded) more than this many days ago lose their staged rows. */
  olderThanDays: number;
  /** Only this regency's batches; every regency when absent. */
  tenantCode?: string;
}

export interface PurgeOutcome { batches: number; rows: number; matches: number }

/**
 * Purges in one transaction: marks the batches (rows_purged_at), deletes their rows and fuzzy candidates
 * with one DELETE per table, and writes one audit entry per regency with the batch ids and row counts.
 * A second run finds every such batch marked and changes nothing; staged batches are never touched.
 */
export async function purgeImportRows(db: Db, ctx: RequestContext, req: PurgeRequest): Promise<PurgeOutcome> {
  if (!Number.isSafeInteger(req.olderThanDays) || req.olderThanDays < 0) throw new DomainError('VALIDATION', 'invalid', { field: 'olderThanDays' });
  // installation housekeeping (the console or the server's daily run), like managing tenants
  if (req.tenantCode) await authorizeTenant(db, ctx.actor, req.tenantCode, 'tenants:manage');
  else requirePermission(ctx.actor, 'tenants:manage');
  return db.transaction().execute(async (tx) => {
    const purged = await retention.markBatchesPurged(tx, req.olderThanDays, req.tenantCode ?? null);
    if (purged.length === 0) return { batches: 0, rows: 0, matches: 0 };
    const countOf = (counts: { batch_id: number; n: number }[]) => new Map(counts.map((c) => [c.batch_id, c.n]));
    const rows = countOf(await retention.deleteStagedOf(tx, 'import_row', purged));
    const matches = countOf(await retention.deleteStagedOf(tx, 'import_match', purged));
    const outcome: PurgeOutcome = { batches: purged.length, rows: 0, matches: 0 };
    const byTenant = new Map<string, { id: number; rows: number; matches: number }[]>();
    for (const b of purged.toSorted((x, y) => x.id - y.id)) {
      const counts = { id: b.id, rows: rows.get(b.id) ?? 0, matches: matches.get(b.id) ?? 0 };
      const ofTenant = byTenant.get(b.tenant_code) ?? [];
      if (ofTenant.push(counts) === 1) byTenant.set(b.tenant_code, ofTenant);
      outcome.rows += counts.rows;
      outcome.matches += counts.matches;
    }
    for (const [tenantCode, batches] of byTenant) {
      await recordAudit(tx, ctx, {
        action: 'import.purge', entity: 'import_batch', tenantCode,
        details: {
          olderThanDays: req.olderThanDays, batches,
          rows: batches.reduce((n, b) => n + b.rows, 0), matches: batches.reduce((n, b) => n + b.matches, 0),
        },
      });
    }
    return outcome;
  });
}

/** Reading the rows of a purged batch answers 410 Gone, saying when they went and why. */
export function assertRowsKept(batch: { id: number; rows_purged_at: Date | null }): void {
  if (batch.rows_purged_at) throw new DomainError('IMPORT_ROWS_PURGED', 'gone', { batchId: batch.id, purgedOn: dayOf(batch.rows_purged_at) });
}
