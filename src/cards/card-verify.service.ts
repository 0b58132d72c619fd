/**
 * The public card check behind a card's QR link: is this card valid *now*? The token proves which
 * participation the card was printed for (signature, known and unretired key); the answer comes from the
 * participation's live status, so an ended participation makes every card printed for it invalid. Only
 * the masked name, the regency and the coverage period are disclosed. Each check of a genuine card is
 * audit-logged with the caller's address (who looked at whose status).
 */
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../auth/actor';
import { todayIn, type Clock } from '../clock/clock';
import type { Db } from '../db/database';
import { DomainError } from '../domain/errors';
import { maskName } from '../domain/name-mask';
import { liveStatus, type LiveStatus } from '../enrolment/enrolment.service';
import { cardKeyRing } from './card-keys';
import { verifyCardToken } from './card-token';

export type CheckReason = 'valid' | 'not-yet' | 'ended' | 'pending' | 'inactive' | 'unknown';

export interface CardCheck {
  valid: boolean; reason: CheckReason; checkedOn: string;
  person: { maskedName: string; regencyName: string; coverageFrom: string | null; coverageTo: string } | null;
}

function reasonOf(live: LiveStatus, today: string): CheckReason {
  if (live.validNow) return 'valid';
  if (live.status === 'aktif' && live.coverageFrom !== null && live.coverageFrom > today) return 'not-yet';
  if (live.status === 'berakhir') return 'ended';
  if (live.status === 'calon' || live.status === 'diajukan' || live.status === 'aktif') return 'pending';
  return 'inactive';
}

/** The caller of a public route: nobody signed in, known only by address. */
export const publicContext = (ip: string | null): RequestContext => ({
  actor: { userId: null, username: 'publik', role: 'viewer', tenantCode: null, opdId: null, villageCode: null, branchCode: null, regionScope: '-' },
  ip,
});

export async function checkCard(db: Db, dataDir: string, token: string, clock: Clock, ip: string | null): Promise<CardCheck> {
  const check = verifyCardToken(cardKeyRing(dataDir), token);
  if (!check.ok) return { valid: false, reason: 'unknown', checkedOn: clock.today(), person: null };
  const { tenantCode, participationId, kid } = check.claims;
  // valid "now" on the regency's own calendar (WITA for Nagekeo), not the server's
  const today = todayIn(clock, tenantCode);
  const unknown: CardCheck = { valid: false, reason: 'unknown', checkedOn: today, person: null };
  let live: LiveStatus;
  try {
    live = await liveStatus(db, tenantCode, participationId, today);
  } catch (e) {
    if (e instanceof DomainError && e.kind === 'not_found') return unknown;
    throw e;
  }
  const result: CardCheck = {
    valid: live.validNow, reason: reasonOf(live, today), checkedOn: today,
    person: { maskedName: maskName(live.name), regencyName: live.regencyName, coverageFrom: live.coverageFrom, coverageTo: live.coverageTo },
  };
  await recordAudit(db, publicContext(ip), {
    action: 'card.verify', entity: 'participation', entityId: participationId, tenantCode, details: { kid, valid: result.valid, reason: result.reason },
  });
  return result;
}
