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
