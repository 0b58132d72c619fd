/** SQL for BPJS Ketenagakerjaan branch offices (reference table `bpjs_branch`) and the regencies each serves (`bpjs_branch_area`). */
import { sql } from 'kysely';
import type { Db } from '../db/database';

export interface BranchRow { code: string; name: string; province_code: string; serves: string[] }

export const listBranches = (db: Db) =>
  db.selectFrom('bpjs_branch as b').select(['b.code', 'b.name', 'b.province_code'])
    .select(sql<string[]>`coalesce((SELECT array_agg(a.regency_code ORDER BY a.regency_code) FROM bpjs_branch_area a WHERE a.branch_code = b.code), '{}')`.as('serves'))
    .orderBy('b.code').execute() as Promise<BranchRow[]>;

/** Adds the regencies to the branch's area; ones it already serves are left as they are. */
export const insertAreas = (db: Db, branchCode: string, regencyCodes: readonly string[]) =>
  db.insertInto('bpjs_branch_area').values(regencyCodes.map((regency_code) => ({ branch_code: branchCode, regency_code })))
    .onConflict((oc) => oc.columns(['branch_code', 'regency_code']).doNothing()).execute();

export const findBranch = (db: Db, code: string) =>
  db.selectFrom('bpjs_branch').select(['code', 'name', 'province_code']).where('code', '=', code).executeTakeFirst();

export const listRegenciesServed = (db: Db, branchCode: string) =>
  db.selectFrom('bpjs_branch_area').select('regency_code').where('branch_code', '=', branchCode).execute();

export const findBranchArea = (db: Db, branchCode: string, regencyCode: string) =>
  db.selectFrom('bpjs_branch_area').select('branch_code').where('branch_code', '=', branchCode)
    .where('regency_code', '=', regencyCode).executeTakeFirst();

export const listServingBranches = (db: Db, regencyCode: string) =>
  db.selectFrom('bpjs_branch_area').innerJoin('bpjs_branch', 'bpjs_branch.code', 'bpjs_branch_area.branch_code')
    .select(['bpjs_branch.code', 'bpjs_branch.name']).where('bpjs_branch_area.regency_code', '=', regencyCode)
    .orderBy('bpjs_branch.code').execute();

export const insertBranch = (db: Db, b: { code: string; name: string; province_code: string }) =>
  db.insertInto('bpjs_branch').values(b).onConflict((oc) => oc.column('code').doNothing()).execute();

