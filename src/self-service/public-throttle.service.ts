/**
 * Limits on the public pages, on auth's throttle (request_throttle, back-off, survives a restart): per
 * NIK (its digest, never the NIK — the key is stored) and per client address. A key blocked now refuses
 * with a translated 429 and the seconds to wait; otherwise the attempt is counted on every key, hit or
 * miss alike (counting only misses would itself tell them apart).
 */
import type { Db } from '../db/database';
import type { BackoffPolicy } from '../domain/backoff';
import { DomainError } from '../domain/errors';
import { blockedUntil, countEvent } from '../auth/throttle.service';
import './self-service.messages';

const MINUTE = 60_000;

/** Issue #15: 5 tries per NIK per 15 minutes; the sixth is refused until the window's block ends. */
export const PER_NIK: BackoffPolicy = { maxHits: 5, windowMs: 15 * MINUTE, baseBlockMs: 15 * MINUTE, maxBlockMs: 60 * MINUTE, strikeDecayMs: 24 * 60 * MINUTE };
/** One address: a family or a village office checking several people, not a harvest of the registry. */
export const PER_ADDRESS: BackoffPolicy = { maxHits: 30, windowMs: 15 * MINUTE, baseBlockMs: 15 * MINUTE, maxBlockMs: 60 * MINUTE, strikeDecayMs: 24 * 60 * MINUTE };
/** One-time codes sent to one NIK's phone: a few an hour, so the page cannot be used to flood a phone. */
export const CODES_PER_NIK: BackoffPolicy = { maxHits: 3, windowMs: 60 * MINUTE, baseBlockMs: 60 * MINUTE, maxBlockMs: 24 * 60 * MINUTE, strikeDecayMs: 24 * 60 * MINUTE };

export interface ThrottleKey { key: string; policy: BackoffPolicy }

export const nikKey = (scope: string, digest: string, policy: BackoffPolicy = PER_NIK): ThrottleKey => ({ key: `self-service.${scope}:${digest}`, policy });
export const addressKey = (ip: string | null): ThrottleKey => ({ key: `self-service.ip:${ip ?? 'unknown'}`, policy: PER_ADDRESS });

/** Refuses (429, `retryAfterSeconds` in the details) while any key is blocked; else counts the attempt on each. */
export async function admitAttempt(db: Db, keys: ThrottleKey[], now = Date.now()): Promise<void> {
  const until = await blockedUntil(db, keys.map((k) => k.key), now);
  if (until) {
    const seconds = Math.max(1, Math.ceil((until.getTime() - now) / 1000));
    throw new DomainError('SELF_SERVICE_TOO_MANY', 'too_many', { minutes: Math.ceil(seconds / 60), retryAfterSeconds: seconds });
  }
  for (const k of keys) await countEvent(db, k.key, k.policy, now);
}

/** Whether a silent limit (codes per NIK) still allows one more; counts it when it does. */
export async function allowsSilently(db: Db, k: ThrottleKey, now = Date.now()): Promise<boolean> {
  if (await blockedUntil(db, [k.key], now)) return false;
  await countEvent(db, k.key, k.policy, now);
  return true;
}
