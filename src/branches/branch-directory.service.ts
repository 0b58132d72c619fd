/**
 * BPJS branches as reference data other capabilities ask about — a `bpjs` user's scope, the agreement form,
 * the demo — apart from their administration (branches.service.ts), so scope checks can use it without a cycle.
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
  if (b.serves.length) await repo.insertAreas(db, b.code, b.serves);
}

/** Names of the given branch codes (for showing an account's scope). */
export async function branchNames(db: Db): Promise<Map<string, string>> {
  return new Map((await repo.listBranches(db)).map((b) => [b.code, b.name]));
}
