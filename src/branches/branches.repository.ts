/** SQL for BPJS Ketenagakerjaan branch offices (reference table `bpjs_branch`) and the regencies each serves. */
import { sql } from 'kysely';
import type { Db } from '../db/database';

export interface BranchRow { code: string; name: string; province_code: string; province_name: string; serves: { code: string; name: string }[] }

export const listBranches = (db: Db) =>
  db.selectFrom('bpjs_branch as b').innerJoin('region as p', 'p.code', 'b.province_code')
    .select(['b.code', 'b.name', 'b.province_code', 'p.name as province_name'])
    .select(sql<{ code: string; name: string }[]>`coalesce((SELECT json_agg(json_build_object('code', r.code, 'name', r.name) ORDER BY r.code)
      FROM bpjs_branch_area a JOIN region r ON r.code = a.regency_code WHERE a.branch_code = b.code), '[]')`.as('serves'))
    .orderBy('b.code').execute() as Promise<BranchRow[]>;

export const findBranch = (db: Db, code: string) =>
  db.selectFrom('bpjs_branch').select(['code', 'name', 'province_code']).where('code', '=', code).executeTakeFirst();

export const insertBranch = (db: Db, b: { code: string; name: string; province_code: string }) =>
  db.insertInto('bpjs_branch').values(b).execute();

/** Adds the regencies to the branch's area; ones it already serves are left as they are. */
export const insertAreas = (db: Db, branchCode: string, regencyCodes: string[]) =>
  db.insertInto('bpjs_branch_area').values(regencyCodes.map((regency_code) => ({ branch_code: branchCode, regency_code })))
    .onConflict((oc) => oc.columns(['branch_code', 'regency_code']).doNothing()).execute();
