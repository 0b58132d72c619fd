/** SQL for request throttles: read keys, count one event under a row lock, clear a key. */
import type { Db } from '../db/database';
import type { BackoffState } from '../domain/backoff';

const toState = (r: { hits: number; strikes: number; window_started_at: Date; last_hit_at: Date; blocked_until: Date | null }): BackoffState => ({
  hits: r.hits, strikes: r.strikes, windowStartedAt: r.window_started_at.getTime(), lastHitAt: r.last_hit_at.getTime(),
  blockedUntil: r.blocked_until ? r.blocked_until.getTime() : null,
});

export async function findThrottles(db: Db, keys: string[]): Promise<BackoffState[]> {
  if (!keys.length) return [];
  return (await db.selectFrom('request_throttle').selectAll().where('key', 'in', keys).execute()).map(toState);
}

/** The states of these keys, each with its key. */
export async function findThrottleStates(db: Db, keys: string[]): Promise<(BackoffState & { key: string })[]> {
  if (!keys.length) return [];
  return (await db.selectFrom('request_throttle').selectAll().where('key', 'in', keys).execute()).map((r) => ({ key: r.key, ...toState(r) }));
}

/**
 * The key's state, locked until the transaction ends (so concurrent events are counted one by one). A new
 * key first gets an empty row (hits 0, times at the epoch: the same as no state to `recordHit`), because
 * FOR UPDATE cannot lock a row that does not exist yet — a burst of first events would each count one.
 */
export async function lockThrottle(tx: Db, key: string): Promise<BackoffState | undefined> {
  const epoch = new Date(0);
  await tx.insertInto('request_throttle').values({ key, hits: 0, strikes: 0, window_started_at: epoch, last_hit_at: epoch, blocked_until: null })
    .onConflict((oc) => oc.column('key').doNothing()).execute();
  const row = await tx.selectFrom('request_throttle').selectAll().where('key', '=', key).forUpdate().executeTakeFirst();
  return row ? toState(row) : undefined;
}

export function saveThrottle(tx: Db, key: string, s: BackoffState) {
  const values = {
    hits: s.hits, strikes: s.strikes, window_started_at: new Date(s.windowStartedAt), last_hit_at: new Date(s.lastHitAt),
    blocked_until: s.blockedUntil === null ? null : new Date(s.blockedUntil),
  };
  return tx.insertInto('request_throttle').values({ key, ...values }).onConflict((oc) => oc.column('key').doUpdateSet(values)).execute();
}

export const clearThrottle = (db: Db, key: string) => db.deleteFrom('request_throttle').where('key', '=', key).execute();
