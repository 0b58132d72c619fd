/**
 * Throttles shared by login and full-NIK lookups: is any of these keys blocked, count one event, clear
 * a key. State lives in the database (request_throttle), so a restart does not reset an attack.
 */
import type { Db } from '../db/database';
import { isBlocked, recordHit, type BackoffPolicy, type BackoffState } from '../domain/backoff';
import * as repo from './throttle.repository';

const MINUTE = 60_000;

/** ASVS 2.2.1: failed logins per typed username (whoever sends them) and per client address. */
export const LOGIN_PER_ACCOUNT: BackoffPolicy = { maxHits: 5, windowMs: 15 * MINUTE, baseBlockMs: MINUTE, maxBlockMs: 15 * MINUTE, strikeDecayMs: 24 * 60 * MINUTE };
export const LOGIN_PER_ADDRESS: BackoffPolicy = { maxHits: 20, windowMs: 15 * MINUTE, baseBlockMs: MINUTE, maxBlockMs: 15 * MINUTE, strikeDecayMs: 24 * 60 * MINUTE };
/** A full-NIK search by a role that may not see full NIKs confirms a guess: a handful an hour, then a pause. */
export const NIK_LOOKUPS_PER_USER: BackoffPolicy = { maxHits: 10, windowMs: 60 * MINUTE, baseBlockMs: 60 * MINUTE, maxBlockMs: 24 * 60 * MINUTE, strikeDecayMs: 7 * 24 * 60 * MINUTE };

/** The latest end of a block among `keys`, or null when none is blocked now. */
export async function blockedUntil(db: Db, keys: string[], now = Date.now()): Promise<Date | null> {
  const blocked = (await repo.findThrottles(db, keys)).filter((s) => isBlocked(s, now));
  return blocked.length ? new Date(Math.max(...blocked.map((s) => s.blockedUntil!))) : null;
}

/** The key a typed username's failed logins are counted under (one spelling per account, whatever the case). */
export const loginAccountKey = (username: string) => `login:account:${username.trim().toLowerCase()}`;

/** When each of these accounts' login block ends, for those blocked now (the users list shows it). */
export async function loginBlocksOf(db: Db, usernames: string[], now = Date.now()): Promise<Map<string, Date>> {
  const keys = usernames.map(loginAccountKey);
  const states = await repo.findThrottleStates(db, keys);
  const byKey = new Map(states.filter((s) => isBlocked(s, now)).map((s) => [s.key, new Date(s.blockedUntil!)]));
  return new Map(usernames.flatMap((u) => { const until = byKey.get(loginAccountKey(u)); return until ? [[u, until] as const] : []; }));
}

/** Counts one event for `key`; the new state says whether it is blocked from now on. */
export function countEvent(db: Db, key: string, policy: BackoffPolicy, now = Date.now()): Promise<BackoffState> {
  return db.transaction().execute(async (tx) => {
    const next = recordHit(await repo.lockThrottle(tx, key), now, policy);
    await repo.saveThrottle(tx, key, next);
    return next;
  });
}

export const clearThrottle = (db: Db, key: string) => repo.clearThrottle(db, key);

