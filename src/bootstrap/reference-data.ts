/**
 * Tenant-free reference data loaded at every start: Kemendagri regions, then (as capabilities add them)
 * regulation rules. Each loader is idempotent and cheap when its data is already there.
 */
import type { Db } from '../db/database';
import { loadRegulationRules } from '../regulation/rule-book.service';
import { loadReferenceRegions } from '../regions/regions.service';

const loaders: ((db: Db) => Promise<unknown>)[] = [loadReferenceRegions, loadRegulationRules];

export async function seedReferenceData(db: Db): Promise<void> {
  for (const load of loaders) await load(db);
}
