/**
 * The billing settings the payment side reads (tables of migration 0014, same capability): the PKS's
 * late-fee switch and NPP, and the tenant's PU grace months.
 */
import type { Db } from '../db/database';

export const agreementSetting = (db: Db, tenantCode: string, agreementId: number) =>
  db.selectFrom('billing_agreement_setting').select(['late_fee', 'npp'])
    .where('tenant_code', '=', tenantCode).where('agreement_id', '=', agreementId).executeTakeFirst();

export const tenantSetting = (db: Db, tenantCode: string) =>
  db.selectFrom('billing_setting').select(['pu_grace_months']).where('tenant_code', '=', tenantCode).executeTakeFirst();

/** PKS ids of these NPP numbers (reconciliation rows may name the NPP instead of a bill). */
export const agreementsByNpp = (db: Db, tenantCode: string, npps: string[]) =>
  db.selectFrom('billing_agreement_setting').select(['agreement_id', 'npp'])
    .where('tenant_code', '=', tenantCode).where('npp', 'in', npps.length ? npps : ['-']).execute();

/** Sets the NPP of a PKS, keeping its late-fee switch (a settings row is created with the defaults). */
export const upsertNpp = (tx: Db, tenantCode: string, agreementId: number, npp: string) =>
  tx.insertInto('billing_agreement_setting').values({ tenant_code: tenantCode, agreement_id: agreementId, npp })
    .onConflict((oc) => oc.columns(['tenant_code', 'agreement_id']).doUpdateSet({ npp, updated_at: new Date() })).execute();

/** The NPP of each of these PKS that has one (reconciliation matches statement rows by it). */
export const nppsOf = (db: Db, tenantCode: string, agreementIds: number[]) =>
  db.selectFrom('billing_agreement_setting').select(['agreement_id', 'npp'])
    .where('tenant_code', '=', tenantCode).where('agreement_id', 'in', agreementIds.length ? agreementIds : [-1]).where('npp', 'is not', null).execute();
