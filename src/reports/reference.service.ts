/**
 * UCJ reference data (issue #14 §3): BPS employed population (penduduk bekerja, Sakernas), Kemendagri UCJ
 * targets and BPJS active-participant totals per region and year, imported by an admin from CSV/XLSX.
 * Every row of a file is accounted for (new, replaced, invalid with its reason, or a duplicate of an
 * earlier row); every figure keeps its source, and `example` marks invented figures.
 */
import fs from 'node:fs/promises';
import type { RequestContext } from '../auth/actor';
import { recordAudit } from '../audit/audit.service';
import { requirePermission } from '../auth/scope.service';
import type { Db } from '../db/database';
import type { UcjReferenceKind } from '../db/schema';
import { DomainError } from '../domain/errors';
import { FILE_LIMITS } from '../imports/import-rules';
import { existingRegionCodes } from '../regions/regions.service';
import { HEADER_SEARCH_ROWS } from '../spreadsheet/header-search';
import { openRowReader } from '../spreadsheet/row-reader';
import * as repo from './reference.repository';
import { looksLikeReferenceHeader, mapReferenceHeader, readReferenceRow, REFERENCE_KINDS, type ReferenceHeader, type ReferenceRowRead } from './reference-rows';
import { translate, type Lang } from '../i18n/messages';
import './reports.messages';

const HEADER_TEST = { module: new URL('./reference-rows.ts', import.meta.url).href, name: 'looksLikeReferenceHeader' };

export type ReferenceOutcome = 'inserted' | 'updated' | 'invalid' | 'duplicate';
export interface ReferenceImportResult {
  kind: UcjReferenceKind; rows: number; inserted: number; updated: number; invalid: number; duplicates: number;
  items: { rowNo: number; regionCode: string; year: number | null; outcome: ReferenceOutcome; reason: string | null; message: string | null }[];
}

export function assertReferenceKind(kind: string): asserts kind is UcjReferenceKind {
  if (!(REFERENCE_KINDS as readonly string[]).includes(kind)) throw new DomainError('REFERENCE_KIND', 'invalid', { field: 'kind', kind });
}

async function readFile(kind: UcjReferenceKind, filePath: string, defaultSource: string | null): Promise<ReferenceRowRead[]> {
  const reader = await openRowReader(filePath, (await fs.stat(filePath)).size, { isHeader: looksLikeReferenceHeader, headerTest: HEADER_TEST, zip: FILE_LIMITS.zip });
  const rows: ReferenceRowRead[] = [];
  let header: ReferenceHeader | null = null;
  try {
    scan: for await (const chunk of reader.rows) {
      for (const r of chunk) {
        if (!header) {
          header = mapReferenceHeader(kind, r.cells);
          if (!header && r.rowNo >= HEADER_SEARCH_ROWS) break scan;
          continue;
        }
        if (r.cells.every((c) => c === null || String(c).trim() === '')) continue;
        rows.push(readReferenceRow(kind, r.rowNo, r.cells, header, defaultSource));
      }
    }
  } finally {
    reader.close();
  }
  if (!header) throw new DomainError('REFERENCE_COLUMNS', 'invalid', { field: 'file', columns: 'kode_wilayah, tahun, nilai' });
  if (!rows.length) throw new DomainError('REFERENCE_EMPTY', 'invalid', { field: 'file' });
  return rows;
}

export async function importReference(db: Db, ctx: RequestContext, kind: string, filePath: string,
  opts: { source?: string; example?: boolean; lang?: Lang } = {}): Promise<ReferenceImportResult> {
  requirePermission(ctx.actor, 'reference:write');
  assertReferenceKind(kind);
  const read = await readFile(kind, filePath, opts.source?.trim() || null);
  const regions = await existingRegionCodes(db, read.map((r) => r.regionCode));
  const seen = new Set<string>();
  const decided = read.map((r) => {
    const level = regions.get(r.regionCode)?.level;
    const issue = r.issue ?? (!level ? 'region-unknown' : level === 'village' || (kind === 'ucj-target' && level === 'district') ? 'region-level' : null);
    const key = `${r.regionCode}|${r.year}`;
    const duplicate = !issue && seen.has(key);
    seen.add(key);
    return { r, issue, duplicate };
  });
  const valid = decided.filter((d) => !d.issue && !d.duplicate).map(({ r }) => ({
    kind, regionCode: r.regionCode, year: r.year!, value: r.value!, source: r.source, example: r.example || !!opts.example, importedBy: ctx.actor.username,
  }));
  return db.transaction().execute(async (tx) => {
    const before = new Set((await repo.listFigures(tx, kind, null)).map((f) => `${f.regionCode}|${f.year}`));
    const counts = await repo.upsertFigures(tx, valid);
    const items = decided.map(({ r, issue, duplicate }) => ({
      rowNo: r.rowNo, regionCode: r.regionCode, year: r.year,
      outcome: (issue ? 'invalid' : duplicate ? 'duplicate' : before.has(`${r.regionCode}|${r.year}`) ? 'updated' : 'inserted') as ReferenceOutcome,
      reason: issue ?? (duplicate ? 'duplicate' : null),
      message: issue || duplicate ? translate(`REFERENCE_ROW_${(issue ?? 'duplicate').toUpperCase().replace(/-/g, '_')}`, opts.lang ?? 'id') : null,
    }));
    const result = { kind, rows: items.length, inserted: counts.inserted, updated: counts.updated,
      invalid: items.filter((i) => i.outcome === 'invalid').length, duplicates: items.filter((i) => i.outcome === 'duplicate').length, items };
    await recordAudit(tx, ctx, { action: 'reference.import', entity: 'ucj_reference', entityId: kind, tenantCode: null,
      details: { rows: result.rows, inserted: result.inserted, updated: result.updated, invalid: result.invalid, duplicates: result.duplicates } });
    return result;
  });
}

export async function listReference(db: Db, ctx: RequestContext, q: { kind?: string; year?: number }) {
  requirePermission(ctx.actor, 'reports:read');
  if (q.kind) assertReferenceKind(q.kind);
  const rows = await repo.listFigures(db, (q.kind as UcjReferenceKind | undefined) ?? null, q.year ?? null);
  return rows.map((r) => ({ ...r, importedAt: r.importedAt.toISOString() }));
}
