/** SQL for tenants (regencies running a programme) and their OPDs (work units). */
import type { Db } from '../db/database';

export const listTenants = (db: Db, codes: string[] | 'all') => {
  const q = db.selectFrom('tenant').select(['code', 'name', 'province_code']).orderBy('code');
  return (codes === 'all' ? q : q.where('code', 'in', codes.length ? codes : ['-'])).execute();
};

export const findTenant = (db: Db, code: string) =>
  db.selectFrom('tenant').select(['code', 'name', 'province_code']).where('code', '=', code).executeTakeFirst();

export const insertTenant = (db: Db, t: { code: string; name: string; province_code: string }) =>
  db.insertInto('tenant').values(t).onConflict((oc) => oc.column('code').doNothing()).execute();

export const updateTenantName = (db: Db, code: string, name: string) =>
  db.updateTable('tenant').set({ name }).where('code', '=', code).execute();

export const listOpds = (db: Db, tenantCode: string, onlyId: number | null) => {
  let q = db.selectFrom('opd').select(['id', 'name', 'kind']).where('tenant_code', '=', tenantCode).orderBy('name');
  if (onlyId !== null) q = q.where('id', '=', onlyId);
  return q.execute();
};

export const findOpd = (db: Db, tenantCode: string, id: number) =>
  db.selectFrom('opd').select(['id', 'name', 'kind']).where('tenant_code', '=', tenantCode).where('id', '=', id).executeTakeFirst();

export const findOpdByName = (db: Db, tenantCode: string, name: string) =>
  db.selectFrom('opd').select(['id', 'name', 'kind']).where('tenant_code', '=', tenantCode).where('name', '=', name).executeTakeFirst();

export const insertOpd = (db: Db, tenantCode: string, o: { name: string; kind: string }) =>
  db.insertInto('opd').values({ tenant_code: tenantCode, ...o }).returning(['id', 'name', 'kind']).executeTakeFirstOrThrow();

export const updateOpd = (db: Db, tenantCode: string, id: number, o: { name?: string; kind?: string }) =>
  db.updateTable('opd').set(o).where('tenant_code', '=', tenantCode).where('id', '=', id)
    .returning(['id', 'name', 'kind']).executeTakeFirst();

export const findAnyTenant = (db: Db) => db.selectFrom('tenant').select('code').limit(1).executeTakeFirst();

/** tenant_code, id, name of every OPD, as a source other capabilities join for display names. */
export const opdNameSource = (db: Db) => db.selectFrom('opd').select(['tenant_code', 'id', 'name']);
