/**
 * How a batch is reported: the summary the CLI prints and the API returns (every row accounted for:
 * rows = accepted + rejected + duplicates.inFile + duplicates.inRegistry; fuzzy candidates are accepted
 * rows queued for review), and the fuller view the web app shows.
 */
import type { Selectable } from 'kysely';
import type { ImportBatchTable } from '../db/schema';
import { translate, type Lang } from '../i18n/messages';
import { FIELD_LABELS } from './row-issues';

type BatchRow = Selectable<ImportBatchTable>;

export interface BatchSummary {
  batchId: number | null;
  rows: number;
  accepted: number;
  rejected: number;
  warnings: number;
  duplicates: { inFile: number; inRegistry: number; fuzzy: number };
  /** Where the error sheet can be fetched (API path; the CLI puts a local file path here), or null when nothing was refused. */
  errorsFile: string | null;
}

export const errorsPath = (tenantCode: string, id: number) => `/api/v1/tenants/${tenantCode}/imports/${id}/errors.xlsx`;

export function batchSummary(b: BatchRow): BatchSummary {
  const refused = b.rejected + b.dup_in_file + b.dup_in_registry;
  return {
    batchId: b.id, rows: b.rows, accepted: b.accepted, rejected: b.rejected, warnings: b.warnings,
    duplicates: { inFile: b.dup_in_file, inRegistry: b.dup_in_registry, fuzzy: b.fuzzy },
    // no sheet once discarded or purged: its rows are gone
    errorsFile: refused > 0 && b.status !== 'discarded' && !b.rows_purged_at ? errorsPath(b.tenant_code, b.id) : null,
  };
}

export function batchView(b: BatchRow, lang: Lang) {
  return {
    ...batchSummary(b),
    batchId: b.id, // a stored batch always has its id (the summary's may be null: a dry run)
    tenantCode: b.tenant_code, group: b.worker_group, status: b.status,
    file: { name: b.file_name, bytes: b.file_bytes, sha256: b.file_sha256, format: b.format, sheet: b.sheet, encoding: b.encoding, delimiter: b.delimiter },
    headerRow: b.header_row,
    columns: Object.entries(b.column_map).map(([field, index]) => ({ field, header: b.headers[index] ?? '', label: (FIELD_LABELS as Record<string, { id: string; en: string } | undefined>)[field]?.[lang] ?? field })),
    unknownColumns: b.unknown_columns,
    notes: b.notes.map((n) => ({ code: n.code, message: translate(n.code, lang, n.params ?? {}) })),
    opdId: b.opd_id, villageCode: b.village_code, rulesOn: b.rules_on,
    createdBy: b.created_by_username, createdAt: b.created_at.toISOString(),
    decidedBy: b.decided_by_username, decidedAt: b.decided_at?.toISOString() ?? null, approval: b.approval,
    rowsPurgedAt: b.rows_purged_at?.toISOString() ?? null,
  };
}
