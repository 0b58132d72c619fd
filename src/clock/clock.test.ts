import { describe, expect, it } from 'vitest';
import { dayOf, fixedClock, todayIn } from './clock';

describe('the clock', () => {
  it('gives a regency its own day: 23:30 in Jakarta is already tomorrow in Nagekeo (WITA) and Jayapura (WIT)', () => {
    const clock = fixedClock('2025-12-31T16:30:00Z'); // 23:30 WIB, 00:30 WITA, 01:30 WIT
    expect(clock.today('Asia/Jakarta')).toBe('2025-12-31');
    expect(todayIn(clock, '53.16')).toBe('2026-01-01');
    expect(todayIn(clock, '91.71')).toBe('2026-01-01');
    expect(todayIn(clock, '31.71')).toBe('2025-12-31');
  });

  it('pins a day for tests: the same date in every Indonesian zone, and now() does not move', () => {
    const clock = fixedClock('2025-06-30');
    for (const zone of ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const) expect(clock.today(zone)).toBe('2025-06-30');
    expect(clock.now().toISOString()).toBe('2025-06-30T12:00:00.000Z');
    expect(dayOf(new Date('2025-06-30T17:00:00Z'), 'Asia/Makassar')).toBe('2025-07-01');
  });
});
