/** Regions: the reference list every region code is validated against. */
import { notFound } from '../domain/errors';
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

/** Codes that exist among the given ones (for bulk validation). */
export async function existingRegionCodes(db: Db, codes: string[]): Promise<Map<string, repo.RegionRow>> {
  const rows = await repo.findRegions(db, [...new Set(codes)]);
  return new Map(rows.map((r) => [r.code, r]));
}
