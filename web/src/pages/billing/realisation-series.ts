// The cumulative series behind the budget realisation chart, and the compact Rupiah of its axis. Pure
// (no React), so it is unit-tested (test/web/realisation-series.test.ts).
import { formatNumber, type FormatLang } from '../../lib/format';

export interface MonthFigures { month: string; billed: number; paid: number }
export interface SeriesPoint { month: string; budget: number | null; billed: number; paid: number }

/** Running totals of billed and paid per month, beside the budget (flat: the APBD pagu is for the whole year). */
export function cumulativeSeries(months: MonthFigures[], budget: number | null): SeriesPoint[] {
  let billed = 0;
  let paid = 0;
  return [...months].sort((a, b) => a.month.localeCompare(b.month)).map((m) => {
    billed += m.billed;
    paid += m.paid;
    return { month: m.month, budget, billed, paid };
  });
}

const SCALES: Record<FormatLang, [number, string][]> = {
  id: [[1e12, 'T'], [1e9, 'M'], [1e6, 'jt'], [1e3, 'rb']],
  en: [[1e12, 'tn'], [1e9, 'bn'], [1e6, 'm'], [1e3, 'k']],
};

/** An axis tick: 1_500_000_000 → "Rp 1,5 M" (id: miliar) / "Rp 1.5 bn" (en). Tooltips show the full amount. */
export function compactRupiah(value: number, lang: FormatLang = 'id'): string {
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  for (const [size, unit] of SCALES[lang]) {
    if (abs >= size) {
      const scaled = Math.round((abs / size) * 10) / 10;
      const text = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 }).format(scaled);
      return `${sign}Rp ${text} ${unit}`;
    }
  }
  return `${sign}Rp ${formatNumber(abs, lang)}`;
}

/** "2025-03" → "Mar 2025" / "Mar 2025" in the UI language, for the x axis. */
export function shortMonth(month: string, lang: FormatLang = 'id'): string {
  return new Date(`${month}-01T00:00:00Z`).toLocaleDateString(lang === 'id' ? 'id-ID' : 'en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

// Okabe–Ito colours (distinguishable with the common colour-vision deficiencies), and each line also has
// its own dash pattern, so the chart never relies on colour alone.
export const SERIES_STYLE = {
  budget: { color: '#000000', strokeDasharray: '8 4' },
  billed: { color: '#E69F00', strokeDasharray: '2 3' },
  paid: { color: '#0072B2', strokeDasharray: undefined },
} as const;
