/** The NPP (BPJS's employer number) of a PKS, by which BPJS's receipt statements may name its bills. */
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../auth/actor';
import { loadAgreement } from '../agreements/agreement-access.service';
import type { Db } from '../db/database';
import * as settings from './payment-settings.repository';

export async function setNpp(db: Db, ctx: RequestContext, tenantCode: string, agreementId: number, npp: string) {
  await loadAgreement(db, ctx, tenantCode, agreementId, 'payments:write');
  await db.transaction().execute(async (tx) => {
    await settings.upsertNpp(tx, tenantCode, agreementId, npp);
    await recordAudit(tx, ctx, { action: 'payment.npp', entity: 'agreement', entityId: agreementId, tenantCode, details: { ref: agreementId, npp } });
  });
  return { agreementId, npp };
}
