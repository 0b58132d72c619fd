/** The repeat detector never misses a repeated NIK, and rarely cries wolf on distinct ones. */
import { describe, expect, it } from 'vitest';
import { NikRepeats } from './nik-repeats';

describe('NikRepeats', () => {
  it('says yes from the second time a NIK is offered, every time', () => {
    const seen = new NikRepeats();
    expect([seen.offer('5316011201850001'), seen.offer('5316011201850002'), seen.offer('5316011201850001'), seen.offer('5316011201850001')])
      .toEqual([false, false, true, true]);
  });

  it('rarely mistakes 100,000 distinct NIKs for repeats', () => {
    const seen = new NikRepeats();
    let falseYes = 0;
    for (let i = 0; i < 100_000; i++) if (seen.offer(`531601${String(1_000_000_000 + i)}`)) falseYes++;
    expect(falseYes).toBeLessThan(1_000);
  });
});
