/** A PKS with groups and a budget, created through the agreements service. */
import type { RequestContext } from '../../src/auth/actor';
import type { Db } from '../../src/db/database';
import type { AgreementCreate } from '../../src/agreements/agreements.schemas';
import { createAgreement } from '../../src/agreements/agreements.service';
import { ensureBranch } from '../../src/branches/branch-directory.service';
import { twoGroups } from '../support/agreements';
import { dinasOf } from './tenant.factory';

let seq = 0;

/**
 * A draft PKS of the tenant: by default two groups (100 non-ASN at UMP NTT 2025, 50 rentan at Rp 1,000,000),
 * 2026, a Rp 30,000,000 budget, signed with the BPJS branch ENDE (recorded as serving the regency).
 */
export async function anAgreement(db: Db, tenantCode: string, overrides: Partial<AgreementCreate> = {}, ctx: RequestContext = dinasOf(tenantCode)) {
  await ensureBranch(db, { code: 'ENDE', name: 'BPJS Ketenagakerjaan Kantor Cabang Ende', provinceCode: tenantCode.slice(0, 2), serves: [tenantCode] });
  const input = { ...twoGroups(`PKS/UJI/${++seq}`), ...overrides } as AgreementCreate;
  return createAgreement(db, ctx, tenantCode, input);
}
