import { describe, expect, it } from 'vitest';
import { forecastBudget } from './budget-forecast';

const MONTH = 125_491_488; // the Nagekeo 2025 month: 6,311 × 11,808 + 3,034 × 16,800

describe('forecastBudget', () => {
  it('the seed year fully billed runs out in December, short by 5,897,856', () => {
    const billed = new Map(Array.from({ length: 12 }, (_, i) => [`2025-${String(i + 1).padStart(2, '0')}`, MONTH]));
    const forecast = forecastBudget({ budget: 1_500_000_000, from: '2025-01', to: '2025-12', billed, lateFees: 0, monthlyCost: 0 });
    expect(forecast).toEqual({ runsOutIn: '2025-12', yearEndBalance: -5_897_856, forecastCost: 1_505_897_856 });
  });

  it('months not billed yet count at today\'s headcount', () => {
    const billed = new Map([['2025-01', MONTH], ['2025-02', MONTH]]);
    const half = forecastBudget({ budget: 1_500_000_000, from: '2025-01', to: '2025-12', billed, lateFees: 0, monthlyCost: MONTH / 2 });
    expect(half.runsOutIn).toBeNull();
    expect(half.yearEndBalance).toBe(1_500_000_000 - 2 * MONTH - 10 * (MONTH / 2));
  });

  it('late fees take budget too', () => {
    const forecast = forecastBudget({ budget: 100, from: '2025-01', to: '2025-02', billed: new Map(), lateFees: 11, monthlyCost: 45 });
    expect(forecast).toEqual({ runsOutIn: '2025-02', yearEndBalance: -1, forecastCost: 101 });
  });
});
