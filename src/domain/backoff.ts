/**
 * Throttling with exponential back-off, as pure state transitions (OWASP ASVS 2.2.1: anti-automation
 * that slows guessing without letting anyone lock an account for long). `maxHits` events within
 * `windowMs` block the key for `baseBlockMs × 2^(strikes)`, capped at `maxBlockMs`. When a block ends the
 * count starts afresh (one typo after a lock does not relock), while the strikes — how often it was
 * blocked — keep growing the next block until a quiet `strikeDecayMs` passes.
 */
export interface BackoffPolicy {
  readonly maxHits: number;
  readonly windowMs: number;
  readonly baseBlockMs: number;
  readonly maxBlockMs: number;
  readonly strikeDecayMs: number;
}

export interface BackoffState {
  readonly hits: number;
  readonly strikes: number;
  readonly windowStartedAt: number;
  readonly lastHitAt: number;
  readonly blockedUntil: number | null;
}

export const isBlocked = (state: BackoffState | undefined, now: number): boolean =>
  !!state && state.blockedUntil !== null && state.blockedUntil > now;

/** The state after one more counted event at `now` (the caller has checked the key is not blocked). */
export function recordHit(state: BackoffState | undefined, now: number, policy: BackoffPolicy): BackoffState {
  const blockEnded = state?.blockedUntil != null && state.blockedUntil <= now;
  const freshWindow = !state || blockEnded || now - state.windowStartedAt >= policy.windowMs;
  const strikes = !state || now - state.lastHitAt >= policy.strikeDecayMs ? 0 : state.strikes;
  const hits = (freshWindow ? 0 : state.hits) + 1;
  const windowStartedAt = freshWindow ? now : state.windowStartedAt;
  if (hits < policy.maxHits) return { hits, strikes, windowStartedAt, lastHitAt: now, blockedUntil: null };
  const blockMs = Math.min(policy.baseBlockMs * 2 ** strikes, policy.maxBlockMs);
  return { hits: 0, strikes: strikes + 1, windowStartedAt: now, lastHitAt: now, blockedUntil: now + blockMs };
}
