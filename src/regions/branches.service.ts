/**
 * BPJS Ketenagakerjaan branches (kantor cabang) and the regencies each serves: reference data other
 * capabilities ask about (a `bpjs` user's scope, the agreement form, the demo) through these functions.
 */
import type { Db } from '../db/database';
import * as repo from './branches.repository';

export const findBranch = (db: Db, code: string) => repo.findBranch(db, code);

/** The regency codes a branch serves. */
export async function regenciesServedBy(db: Db, branchCode: string): Promise<string[]> {
  return (await repo.listRegenciesServed(db, branchCode)).map((r) => r.regency_code);
}

export const doesBranchServe = async (db: Db, branchCode: string, regencyCode: string) =>
  !!(await repo.findBranchArea(db, branchCode, regencyCode));

/** The branches serving a regency, for the agreement form. */
export const listServingBranches = (db: Db, regencyCode: string) => repo.listServingBranches(db, regencyCode);

/** Records a branch and the regencies it serves (idempotent; the demo and installation set-up). */
export async function ensureBranch(db: Db, b: { code: string; name: string; provinceCode: string; serves: readonly string[] }) {
  await repo.insertBranch(db, { code: b.code, name: b.name, province_code: b.provinceCode });
  if (b.serves.length) await repo.insertBranchAreas(db, b.code, b.serves);
}
