/** SQL reading the Kemendagri reference regions an import resolves NIKs and villages against. */
import type { Db } from '../db/database';

/** Provinces, regencies and districts of the whole country (~7,800 rows): NIKs come from anywhere. */
export function listNikRegions(db: Db) {
  return db.selectFrom('region').select(['code', 'name']).where('level', 'in', ['province', 'regency', 'district']).execute();
}

/** The villages (desa/kelurahan) of one regency, with their district. */
export function listTenantVillages(db: Db, tenantCode: string) {
  return db.selectFrom('region as v').innerJoin('region as d', 'd.code', 'v.parent_code')
    .select(['v.code as code', 'v.name as name', 'd.code as districtCode', 'd.name as districtName'])
    .where('v.level', '=', 'village').where('d.parent_code', '=', tenantCode).orderBy('v.code').execute();
}
