import { describe, expect, it } from 'vitest';
import { isBlocked, recordHit, type BackoffPolicy, type BackoffState } from './backoff';

const MIN = 60_000;
const policy: BackoffPolicy = { maxHits: 3, windowMs: 10 * MIN, baseBlockMs: MIN, maxBlockMs: 4 * MIN, strikeDecayMs: 60 * MIN };
const hits = (times: number[], start?: BackoffState) => times.reduce<BackoffState | undefined>((s, t) => recordHit(s, t, policy), start)!;

describe('recordHit', () => {
  it('blocks on the maxHits-th event within the window, for the base time', () => {
    const s = hits([0, 1000, 2000]);
    expect(s).toMatchObject({ hits: 0, strikes: 1, blockedUntil: 2000 + MIN });
    expect(isBlocked(s, 2000 + MIN - 1)).toBe(true);
    expect(isBlocked(s, 2000 + MIN)).toBe(false);
  });

  it('does not block events spread wider than the window', () => {
    expect(hits([0, 6 * MIN, 12 * MIN]).blockedUntil).toBeNull();
  });

  // the defect of issue 16: after a lock expired, one typo locked the account again
  it('starts counting afresh when a block has ended: one more failure does not block again', () => {
    const blocked = hits([0, 1, 2]);
    const afterOneTypo = recordHit(blocked, blocked.blockedUntil! + 1, policy);
    expect(afterOneTypo).toMatchObject({ hits: 1, blockedUntil: null, strikes: 1 });
  });

  it.each([
    [1, MIN], [2, 2 * MIN], [3, 4 * MIN], [4, 4 * MIN],
  ])('backs off: block number %i lasts %i ms (capped)', (n, length) => {
    let s: BackoffState | undefined;
    let t = 0;
    for (let block = 1; block <= n; block++) {
      for (let i = 0; i < 3; i++) s = recordHit(s, (t += 1), policy);
      if (block < n) t = s!.blockedUntil!;
    }
    expect(s!.blockedUntil! - t).toBe(length);
  });

  it('forgets earlier blocks after a quiet strikeDecayMs', () => {
    const once = hits([0, 1, 2]);
    expect(hits([61 * MIN, 61 * MIN + 1, 61 * MIN + 2], once)).toMatchObject({ strikes: 1, blockedUntil: 61 * MIN + 2 + MIN });
  });
});
