/**
 * BPJS Ketenagakerjaan branch offices (Kantor Cabang) and the regencies each serves: the installation admin
 * registers them; a `bpjs` account sees exactly the regencies its branch serves (auth/scope.service.ts).
 * Reference data — tenant-free — so a branch may serve a regency before it runs the programme.
 */
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../auth/actor';
import { requirePermission } from '../auth/scope.service';
import type { Db } from '../db/database';
import { DomainError, notFound } from '../domain/errors';
import * as regions from '../regions/regions.service';
import * as repo from './branches.repository';
import './branches.messages';

export interface Branch { code: string; name: string; province: { code: string; name: string }; serves: { code: string; name: string }[] }

export async function listBranches(db: Db, ctx: RequestContext): Promise<Branch[]> {
  requirePermission(ctx.actor, 'tenants:manage');
  const rows = await repo.listBranches(db);
  const names = await regions.existingRegionCodes(db, [...new Set(rows.flatMap((b) => [b.province_code, ...b.serves]))]);
  const named = (code: string) => ({ code, name: names.get(code)?.name ?? code });
  return rows.map((b) => ({ code: b.code, name: b.name, province: named(b.province_code), serves: b.serves.map(named) }));
}

export async function createBranch(db: Db, ctx: RequestContext, input: { code: string; name: string; provinceCode: string }): Promise<Branch> {
  requirePermission(ctx.actor, 'tenants:manage');
  const code = input.code.trim();
  const name = input.name.trim();
  if (!/^[A-Za-z0-9-]{2,40}$/.test(code)) throw new DomainError('BRANCH_CODE_INVALID', 'invalid', { field: 'code' });
  if (name.length < 2) throw new DomainError('BRANCH_NAME_REQUIRED', 'invalid', { field: 'name' });
  const province = await regions.getRegion(db, input.provinceCode).catch(() => null);
  if (!province || province.level !== 'province') throw new DomainError('PROVINCE_UNKNOWN', 'invalid', { field: 'provinceCode' });
  if (await repo.findBranch(db, code)) throw new DomainError('BRANCH_CODE_TAKEN', 'conflict', { field: 'code' });
  await db.transaction().execute(async (tx) => {
    await repo.insertBranch(tx, { code, name, province_code: province.code });
    await recordAudit(tx, ctx, { action: 'branch.create', entity: 'branch', entityId: code, details: { name, provinceCode: province.code } });
  });
  return (await listBranches(db, ctx)).find((b) => b.code === code)!;
}

/** The branch also serves these regencies (idempotent: one it serves already stays). */
export async function assignBranch(db: Db, ctx: RequestContext, code: string, regencyCodes: string[]): Promise<Branch> {
  requirePermission(ctx.actor, 'tenants:manage');
  if (!(await repo.findBranch(db, code))) throw notFound('branch', code);
  if (regencyCodes.length === 0) throw new DomainError('BRANCH_REGENCY_UNKNOWN', 'invalid', { field: 'regencies', value: '-' });
  const found = await regions.existingRegionCodes(db, regencyCodes);
  const wrong = regencyCodes.find((c) => found.get(c)?.level !== 'regency');
  if (wrong !== undefined) throw new DomainError('BRANCH_REGENCY_UNKNOWN', 'invalid', { field: 'regencies', value: wrong });
  await db.transaction().execute(async (tx) => {
    await repo.insertAreas(tx, code, regencyCodes);
    await recordAudit(tx, ctx, { action: 'branch.assign', entity: 'branch', entityId: code, details: { regencies: regencyCodes } });
  });
  return (await listBranches(db, ctx)).find((b) => b.code === code)!;
}
