/** A village (desa/kelurahan) of a regency, from the Kemendagri reference regions. */
import type { Db } from '../../src/db/database';
import { listRegencyVillages } from '../../src/regions/regions.service';

/** The n-th village (0-based, by code) of the regency. */
export async function aVillage(db: Db, tenantCode: string, n = 0): Promise<{ code: string; name: string; districtName: string }> {
  const villages = await listRegencyVillages(db, tenantCode);
  const v = villages[n];
  if (!v) throw new Error(`regency ${tenantCode} has no village #${n}`);
  return { code: v.code, name: v.name, districtName: v.districtName };
}
