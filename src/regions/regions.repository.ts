/** SQL for the Kemendagri region reference table. */
import { sql } from 'kysely';
import type { Db } from '../db/database';
import type { RegionLevel } from '../db/schema';

export interface RegionRow { code: string; name: string; level: RegionLevel; parent_code: string | null }

export async function countRegions(db: Db): Promise<number> {
  const row = await db.selectFrom('region').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One set-based upsert of the whole reference list (arrays unnested server-side). */
export async function upsertRegions(db: Db, rows: RegionRow[]): Promise<void> {
  await sql`
    INSERT INTO region (code, name, level, parent_code)
    SELECT * FROM unnest(${rows.map((r) => r.code)}::text[], ${rows.map((r) => r.name)}::text[],
                         ${rows.map((r) => r.level)}::text[], ${rows.map((r) => r.parent_code)}::text[])
    ON CONFLICT (code) DO UPDATE SET name = excluded.name, level = excluded.level, parent_code = excluded.parent_code
    WHERE (region.name, region.level, region.parent_code) IS DISTINCT FROM (excluded.name, excluded.level, excluded.parent_code)
  `.execute(db);
}

export function findRegion(db: Db, code: string) {
  return db.selectFrom('region').selectAll().where('code', '=', code).executeTakeFirst();
}

export function listChildren(db: Db, parent: string | null) {
  const q = db.selectFrom('region').select(['code', 'name', 'level']).orderBy('code');
  return (parent === null ? q.where('parent_code', 'is', null) : q.where('parent_code', '=', parent)).execute();
}

export function findRegions(db: Db, codes: string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db.selectFrom('region').selectAll().where('code', 'in', codes).execute();
}

/** The regencies of a province (or the regency itself): a viewer's region scope. */
export function listRegenciesWithin(db: Db, scope: string) {
  return db.selectFrom('region').select('code')
    .where((eb) => eb.or([eb('code', '=', scope), eb('parent_code', '=', scope)]))
    .where('level', '=', 'regency').execute();
}

/** Provinces, regencies and districts of the whole country (~7,800 rows): NIKs come from anywhere. */
export function listNikRegions(db: Db) {
  return db.selectFrom('region').select(['code', 'name']).where('level', 'in', ['province', 'regency', 'district']).execute();
}

/** The villages (desa/kelurahan) of one regency, with their district. */
export function listRegencyVillages(db: Db, regencyCode: string) {
  return db.selectFrom('region as v').innerJoin('region as d', 'd.code', 'v.parent_code')
    .select(['v.code as code', 'v.name as name', 'd.code as districtCode', 'd.name as districtName'])
    .where('v.level', '=', 'village').where('d.parent_code', '=', regencyCode).orderBy('v.code').execute();
}

/** code → name of every region, as a source other capabilities join for display names. */
export const regionNameSource = (db: Db) => db.selectFrom('region').select(['code', 'name']);
