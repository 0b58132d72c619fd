/** A regency and its OPDs, created as the console operator would. */
import { cliContext, type RequestContext } from '../../src/auth/actor';
import type { Db } from '../../src/db/database';
import { createOpd, createTenant, listOpds } from '../../src/tenants/tenants.service';

export const NAGEKEO = '53.16';

/** A tenant (regency) by its Kemendagri code; idempotent. */
export async function aTenant(db: Db, code = NAGEKEO): Promise<{ code: string }> {
  await createTenant(db, cliContext(), code);
  return { code };
}

let opdSeq = 0;

/** An OPD of the tenant (the tenant is created when missing). */
export async function anOpd(db: Db, tenantCode = NAGEKEO, name = `Dinas Uji ${++opdSeq}`): Promise<{ id: number; name: string }> {
  await aTenant(db, tenantCode);
  const existing = (await listOpds(db, cliContext(), tenantCode)).find((o) => o.name === name);
  if (existing) return { id: existing.id, name: existing.name };
  const opd = await createOpd(db, cliContext(), tenantCode, { name, kind: 'dinas' });
  return { id: opd.id, name: opd.name };
}

/** The regency's dinas officer (an account-less context, like the console operator acting for it). */
export const dinasOf = (tenantCode = NAGEKEO): RequestContext => ({ actor: { ...cliContext().actor, role: 'dinas', tenantCode }, ip: null });
