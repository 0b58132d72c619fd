/**
 * Heirs follow a claim (issue #15 §3): the claim number, the deceased's NIK and the heir's own NIK (an
 * heir recorded on the claim) → the claim's status, its missing documents and its deadlines. Nothing
 * else: no amounts, no other people. Any mismatch — unknown number, another NIK, a NIK that is not an
 * heir of this claim — answers the same `{found:false}` after the same floor time. Limited per claim
 * number and per address; audit-logged.
 */
import { recordAudit } from '../audit/audit.service';
import { publicContext } from '../cards/card-verify.service';
import type { Db } from '../db/database';
import { withFloor } from './answer-floor';
import { keyedDigest, sameDigest } from './public-secret';
import { addressKey, admitAttempt, nikKey } from './public-throttle.service';
import { sources } from './self-service-sources';
import type { PublicCaller } from './coverage-check.service';

export interface ClaimStatusFound {
  found: true; claimNumber: string; status: string;
  missingDocuments: { code: string; label: string }[];
  deadlines: { code: string; due: string; overdue: boolean }[];
}
export type ClaimStatusAnswer = ClaimStatusFound | { found: false };

export interface ClaimStatusQuery { claimNumber: string; nik: string; heirNik: string }

export function followClaim(db: Db, caller: PublicCaller, q: ClaimStatusQuery, lang: 'id' | 'en'): Promise<ClaimStatusAnswer> {
  return withFloor(async () => {
    const numberDigest = keyedDigest(caller.dataDir, 'claim', q.claimNumber.trim().toUpperCase());
    await admitAttempt(db, [nikKey('claim', numberDigest), addressKey(caller.ip)]);
    const claim = await sources.claimByNumber(db, q.claimNumber.trim());
    const nikDigest = (nik: string) => keyedDigest(caller.dataDir, 'nik', nik);
    const deceasedMatches = sameDigest(nikDigest(q.nik), nikDigest(claim?.nik ?? '\0none'));
    const heir = claim && deceasedMatches ? await sources.heirMatches(db, claim.tenantCode, claim.id, q.heirNik) : false;
    const answer: ClaimStatusAnswer = claim && heir
      ? {
        found: true, claimNumber: claim.number, status: claim.status, deadlines: claim.deadlines,
        missingDocuments: (await sources.missingDocuments(db, claim.tenantCode, claim.id)).map((d) => ({ code: d.code, label: lang === 'en' ? d.label_en : d.label_id })),
      }
      : { found: false };
    await recordAudit(db, publicContext(caller.ip), {
      action: 'self-service.claim', entity: answer.found ? 'claim' : 'claim-number', entityId: answer.found ? claim!.id : null,
      tenantCode: answer.found ? claim!.tenantCode : null, details: { claimNumberDigest: numberDigest, heirNikDigest: nikDigest(q.heirNik), found: answer.found },
    });
    return answer;
  });
}
