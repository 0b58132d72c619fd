/**
 * One agreement without an actor, for services that answer other capabilities (billing's budget
 * realisation, called by reports and claims): the caller authorises and scopes.
 */
import type { Db } from '../db/database';
import { toAgreement, type Agreement } from './agreement.mapper';
import * as repo from './agreements.repository';

export async function agreementFacts(db: Db, tenantCode: string, id: number): Promise<Agreement | null> {
  const row = await repo.findAgreement(db, tenantCode, id);
  return row ? toAgreement(row, await repo.listGroups(db, tenantCode, [id])) : null;
}
