/**
 * The budget realisation chart's numbers: running totals must add each month once, in month order,
 * whatever order the server sends; the budget stays flat (a yearly APBD pagu); and the axis writes Rupiah
 * compactly in the UI language while never losing the sign.
 */
import { describe, expect, it } from 'vitest';
import { compactRupiah, cumulativeSeries } from '../../web/src/pages/billing/realisation-series';

describe('cumulativeSeries', () => {
  it('accumulates billed and paid in month order beside a flat budget', () => {
    const months = [
      { month: '2025-02', billed: 125_491_488, paid: 125_491_488 },
      { month: '2025-01', billed: 125_491_488, paid: 100_000_000 },
      { month: '2025-03', billed: 125_491_488, paid: 0 },
    ];
    expect(cumulativeSeries(months, 1_500_000_000)).toEqual([
      { month: '2025-01', budget: 1_500_000_000, billed: 125_491_488, paid: 100_000_000 },
      { month: '2025-02', budget: 1_500_000_000, billed: 250_982_976, paid: 225_491_488 },
      { month: '2025-03', budget: 1_500_000_000, billed: 376_474_464, paid: 225_491_488 },
    ]);
  });

  it('reaches the demo year: billed 1.505.897.856, paid 1.500.000.000', () => {
    const months = Array.from({ length: 12 }, (_, i) => ({ month: `2025-${String(i + 1).padStart(2, '0')}`, billed: 125_491_488, paid: i < 11 ? 125_491_488 : 119_593_632 }));
    const last = cumulativeSeries(months, 1_500_000_000).at(-1)!;
    expect(last).toEqual({ month: '2025-12', budget: 1_500_000_000, billed: 1_505_897_856, paid: 1_500_000_000 });
  });

  it('has no budget line without a budget', () => {
    expect(cumulativeSeries([{ month: '2025-01', billed: 1, paid: 0 }], null)[0]!.budget).toBeNull();
  });
});

describe('compactRupiah', () => {
  it.each([
    [1_500_000_000, 'id', 'Rp 1,5 M'], [1_500_000_000, 'en', 'Rp 1.5 bn'], [125_491_488, 'id', 'Rp 125,5 jt'],
    [125_491_488, 'en', 'Rp 125.5 m'], [5_000, 'id', 'Rp 5 rb'], [999, 'id', 'Rp 999'], [0, 'id', 'Rp 0'], [-5_897_856, 'id', '-Rp 5,9 jt'],
  ] as const)('%d (%s) → %s', (value, lang, expected) => {
    expect(compactRupiah(value, lang)).toBe(expected);
  });
});
