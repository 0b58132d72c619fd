/**
 * The public coverage check (issue #15 §1–2): a NIK and one second factor the NIK does not give away —
 * the KPJ printed on the card, the mother's maiden name the registry holds, or a one-time code sent to the
 * registry's phone. A hit answers only the masked name, status, programmes, group, periods, regency,
 * months paid this year and the card link; every miss (unknown NIK, wrong factor, dead code) answers the
 * same `{found:false}` after the same floor time. Limited per NIK and per address; every lookup is
 * audit-logged with the NIK as its keyed digest.
 */
import { recordAudit } from '../audit/audit.service';
import { todayIn, type Clock } from '../clock/clock';
import type { Db } from '../db/database';
import { maskName } from '../domain/name-mask';
import { nameKey } from '../domain/person-name';
import { participationsForNik, type NikParticipation } from '../enrolment/enrolment.service';
import { publicContext } from '../cards/card-verify.service';
import { cardKeyRing } from '../cards/card-keys';
import { signCardToken } from '../cards/card-token';
import { personIdentities, type PersonIdentity } from '../workers/participant-source.service';
import { withFloor } from './answer-floor';
import { redeemCode } from './otp.service';
import { keyedDigest, sameDigest } from './public-secret';
import { addressKey, admitAttempt, nikKey } from './public-throttle.service';
import { sources } from './self-service-sources';

export type SecondFactor = { kpj: string } | { motherName: string } | { otp: string };

export interface CoverageFound {
  found: true; status: string; name: string; programmes: string[]; groupName: string; coverageFrom: string | null; coverageTo: string;
  monthsPaid: string[]; cardUrl: string; regencyName: string; agreementPeriod: { start: string; end: string };
}
export type CoverageAnswer = CoverageFound | { found: false };

export interface PublicCaller { dataDir: string; clock: Clock; ip: string | null }

const MISS = { found: false } as const;

type Candidate = NikParticipation & { identity: PersonIdentity | undefined };

/** The identities (name, mother's name, phone) of a NIK's participations, per regency. */
async function withIdentities(db: Db, rows: NikParticipation[]): Promise<Candidate[]> {
  const byTenant = new Map<string, Map<number, PersonIdentity>>();
  // a NIK is enrolled in one regency, rarely two: one query per regency, not per row
  for (const tenant of new Set(rows.map((r) => r.tenantCode))) {
    byTenant.set(tenant, await personIdentities(db, tenant, rows.filter((r) => r.tenantCode === tenant).map((r) => r.personId)));
  }
  return rows.map((r) => ({ ...r, identity: byTenant.get(r.tenantCode)?.get(r.personId) }));
}

const kpjOf = (s: string) => s.replace(/\D/g, '');

/** Which participations the factor proves; compared as keyed digests in constant time, a dummy when none. */
async function proven(db: Db, caller: PublicCaller, nikDigest: string, rows: Candidate[], factor: SecondFactor): Promise<Candidate[]> {
  if ('otp' in factor) return (await redeemCode(db, caller.dataDir, nikDigest, factor.otp, caller.clock.now())) ? rows : [];
  const [purpose, offered, held] = 'kpj' in factor
    ? ['kpj', kpjOf(factor.kpj), (r: Candidate) => (r.kpj ? kpjOf(r.kpj) : null)] as const
    : ['mother', nameKey(factor.motherName), (r: Candidate) => (r.identity?.mother_name ? nameKey(r.identity.mother_name) : null)] as const;
  const digest = (v: string) => keyedDigest(caller.dataDir, purpose, v);
  const mine = digest(offered);
  const matched = rows.filter((r) => {
    const value = held(r);
    return sameDigest(mine, digest(value || '\0none')) && !!value && !!offered;
  });
  if (!rows.length) sameDigest(mine, digest('\0dummy'));
  return matched;
}

/** The participation to show: valid today first, then active, then the latest. */
const rank = (r: Candidate) => [r.validNow ? 1 : 0, r.status === 'aktif' ? 1 : 0, r.startsOn] as const;
function best(rows: Candidate[]): Candidate | undefined {
  return [...rows].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return y[0] - x[0] || y[1] - x[1] || y[2].localeCompare(x[2]);
  })[0];
}

async function answerFor(db: Db, caller: PublicCaller, r: Candidate): Promise<CoverageFound> {
  const today = todayIn(caller.clock, r.tenantCode);
  const token = signCardToken(cardKeyRing(caller.dataDir), { tenantCode: r.tenantCode, participationId: r.participationId, issuedOn: today });
  return {
    found: true, status: r.status, name: maskName(r.identity?.name ?? ''), programmes: r.programmes, groupName: r.groupName,
    coverageFrom: r.coverageFrom, coverageTo: r.coverageTo, regencyName: r.regencyName, agreementPeriod: r.agreementPeriod,
    monthsPaid: await sources.monthsPaid(db, r.tenantCode, r.participationId, Number(today.slice(0, 4))),
    cardUrl: `/kartu/${token}`,
  };
}

export function checkCoverage(db: Db, caller: PublicCaller, nik: string, factor: SecondFactor): Promise<CoverageAnswer> {
  return withFloor(async () => {
    const nikDigest = keyedDigest(caller.dataDir, 'nik', nik);
    await admitAttempt(db, [nikKey('coverage', nikDigest), addressKey(caller.ip)]);
    const rows = await withIdentities(db, await participationsForNik(db, nik, (t) => todayIn(caller.clock, t)));
    const hit = best(await proven(db, caller, nikDigest, rows, factor));
    const answer = hit ? await answerFor(db, caller, hit) : MISS;
    await recordAudit(db, publicContext(caller.ip), {
      action: 'self-service.coverage', entity: hit ? 'participation' : 'nik', entityId: hit?.participationId ?? null, tenantCode: hit?.tenantCode ?? null,
      details: { nikDigest, factor: Object.keys(factor)[0], found: !!hit },
    });
    return answer;
  });
}
