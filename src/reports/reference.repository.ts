/** SQL of the UCJ reference figures (`ucj_reference`, tenant-free reference data). */
import { sql } from 'kysely';
import type { Db } from '../db/database';
import type { UcjReferenceKind } from '../db/schema';

export interface ReferenceFigure { kind: UcjReferenceKind; regionCode: string; year: number; value: number; source: string; example: boolean }

/** The latest figure of each kind and region at or before `year` (BPS publishes a year late). */
export async function latestFigures(db: Db, regionCodes: string[], year: number): Promise<ReferenceFigure[]> {
  if (regionCodes.length === 0) return [];
  const r = await sql<ReferenceFigure>`
    SELECT DISTINCT ON (kind, region_code) kind, region_code AS "regionCode", year, value::float8 AS value, source, example
    FROM ucj_reference WHERE region_code = ANY(${regionCodes}::text[]) AND year <= ${year}
    ORDER BY kind, region_code, year DESC`.execute(db);
  return r.rows;
}

export interface ReferenceRow { kind: UcjReferenceKind; regionCode: string; year: number; value: number; source: string; example: boolean; importedBy: string | null }

/** Upserts figures in one statement; answers how many rows were new and how many replaced a figure. */
export async function upsertFigures(db: Db, rows: ReferenceRow[]): Promise<{ inserted: number; updated: number }> {
  if (rows.length === 0) return { inserted: 0, updated: 0 };
  const r = await sql<{ inserted: boolean }>`
    INSERT INTO ucj_reference (kind, region_code, year, value, source, example, imported_by)
    SELECT * FROM unnest(${rows.map((x) => x.kind)}::text[], ${rows.map((x) => x.regionCode)}::text[], ${rows.map((x) => x.year)}::int[],
                         ${rows.map((x) => x.value)}::numeric[], ${rows.map((x) => x.source)}::text[], ${rows.map((x) => x.example)}::boolean[],
                         ${rows.map((x) => x.importedBy)}::text[])
    ON CONFLICT (kind, region_code, year) DO UPDATE SET value = excluded.value, source = excluded.source, example = excluded.example,
      imported_by = excluded.imported_by, imported_at = now()
    RETURNING (xmax = 0) AS inserted`.execute(db);
  const inserted = r.rows.filter((x) => x.inserted).length;
  return { inserted, updated: r.rows.length - inserted };
}

export async function listFigures(db: Db, kind: UcjReferenceKind | null, year: number | null) {
  let q = db.selectFrom('ucj_reference').select(['kind', 'region_code as regionCode', 'year', sql<number>`value::float8`.as('value'), 'source', 'example', 'imported_at as importedAt', 'imported_by as importedBy']);
  if (kind) q = q.where('kind', '=', kind);
  if (year !== null) q = q.where('year', '=', year);
  return q.orderBy('kind').orderBy('region_code').orderBy('year').execute();
}
