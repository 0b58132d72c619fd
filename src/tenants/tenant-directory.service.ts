/**
 * Unscoped look-ups of tenants and OPDs for other capabilities (account set-up, scope checks, the demo,
 * name joins). They answer facts, not records to show: showing a tenant or OPD goes through
 * tenants.service, which checks scope. Kept apart from it because auth/scope.service needs these and
 * tenants.service needs scope.
 */
import type { Db } from '../db/database';
import * as repo from './tenants.repository';

export const tenantExists = async (db: Db, code: string) => !!(await repo.findTenant(db, code));
export const findTenantName = async (db: Db, code: string) => (await repo.findTenant(db, code))?.name;
export const opdExists = async (db: Db, tenantCode: string, id: number) => !!(await repo.findOpd(db, tenantCode, id));
export const findOpdName = async (db: Db, tenantCode: string, id: number) => (await repo.findOpd(db, tenantCode, id))?.name;

/** True when the installation has no tenant yet. */
export const hasNoTenant = async (db: Db) => !(await repo.findAnyTenant(db));

/**
 * `tenant_code, id, name` of every OPD as a Kysely sub-query, for another capability's set-based query
 * that shows OPD names: `.leftJoin(opdNames(db).as('o'), (j) => j.onRef('o.tenant_code', '=', …)…)`.
 */
export const opdNames = (db: Db) => repo.opdNameSource(db);
