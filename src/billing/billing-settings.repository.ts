/** SQL on the billing settings (migration 0014): per tenant and per PKS; absent rows mean the defaults. */
import type { Db } from '../db/database';

export function findTenantSetting(db: Db, tenantCode: string) {
  return db.selectFrom('billing_setting').select(['whole_month', 'pu_grace_months']).where('tenant_code', '=', tenantCode).executeTakeFirst();
}

export function findAgreementSetting(db: Db, tenantCode: string, agreementId: number) {
  return db.selectFrom('billing_agreement_setting').select(['late_fee']).where('tenant_code', '=', tenantCode)
    .where('agreement_id', '=', agreementId).executeTakeFirst();
}

export async function upsertAgreementSetting(db: Db, tenantCode: string, agreementId: number, lateFee: boolean): Promise<void> {
  await db.insertInto('billing_agreement_setting').values({ tenant_code: tenantCode, agreement_id: agreementId, late_fee: lateFee })
    .onConflict((oc) => oc.columns(['tenant_code', 'agreement_id']).doUpdateSet({ late_fee: lateFee })).execute();
}
