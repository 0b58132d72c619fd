/** Regions: the reference list every region code is validated against. */
import { DomainError, notFound } from '../domain/errors';
import type { Db } from '../db/database';
import * as repo from './regions.repository';
import { readKemendagriRegions } from './regions.source';

/** Loads (or refreshes) the Kemendagri regions; returns how many there are. Idempotent. */
export async function loadReferenceRegions(db: Db): Promise<number> {
  const rows = readKemendagriRegions();
  if ((await repo.countRegions(db)) !== rows.length) await repo.upsertRegions(db, rows);
  return rows.length;
}

export async function listRegions(db: Db, parent: string | null) {
  if (parent !== null && !(await repo.findRegion(db, parent))) throw notFound('region', parent);
  return repo.listChildren(db, parent);
}

export async function getRegion(db: Db, code: string) {
  const region = await repo.findRegion(db, code);
  if (!region) throw notFound('region', code);
  return { code: region.code, name: region.name, level: region.level, parent: region.parent_code };
}

/**
 * A village code a regency's record may carry: a real village (Kemendagri) inside that regency — the
 * check an import makes of every row, for the one-record write paths. Throws with `field` named.
 */
export async function assertVillageOfRegency(db: Db, regencyCode: string, villageCode: string, field = 'villageCode') {
  if (!villageCode.startsWith(`${regencyCode}.`)) throw new DomainError('VILLAGE_OUTSIDE_TENANT', 'invalid', { field });
  const region = await repo.findRegion(db, villageCode);
  if (!region || region.level !== 'village') throw new DomainError('REGION_UNKNOWN', 'invalid', { field });
}

/** Codes that exist among the given ones (for bulk validation). */
export async function existingRegionCodes(db: Db, codes: string[]): Promise<Map<string, repo.RegionRow>> {
  const rows = await repo.findRegions(db, [...new Set(codes)]);
  return new Map(rows.map((r) => [r.code, r]));
}

/** The region's name, or undefined for an unknown code. */
export const findRegionName = async (db: Db, code: string) => (await repo.findRegion(db, code))?.name;

/** Is `code` a village (desa/kelurahan) of the reference list? */
export const isVillage = async (db: Db, code: string) => (await repo.findRegion(db, code))?.level === 'village';

/** The regency codes within a region scope (a province's regencies, or the regency itself). */
export async function regenciesWithin(db: Db, scope: string): Promise<string[]> {
  return (await repo.listRegenciesWithin(db, scope)).map((r) => r.code);
}

export const listNikRegions = (db: Db) => repo.listNikRegions(db);
export const listRegencyVillages = (db: Db, regencyCode: string) => repo.listRegencyVillages(db, regencyCode);

/**
 * `code, name` of every region as a Kysely sub-query, for a set-based query of another capability that
 * shows region names: `.leftJoin(regionNames(db).as('v'), 'v.code', 'm.village_code')`. PostgreSQL
 * flattens it, so the plan is that of a join on `region` itself.
 */
export const regionNames = (db: Db) => repo.regionNameSource(db);
