// Pure helpers of the report views: the colour-blind-safe palette (Okabe–Ito), sorting a region table,
// and the shortfall of a budget. No React, so they are unit-tested.
export const PALETTE = { nonAsn: '#0072B2', rentan: '#E69F00', quota: '#000000', other: '#009E73' } as const;

export type SortKey = 'name' | 'participants' | 'nonAsn' | 'rentan' | 'ucj';

export function sortRows<T extends { name: string; participants: number; nonAsn: number; rentan: number; ucj: number | null }>(rows: T[], key: SortKey, desc: boolean): T[] {
  const sorted = [...rows].sort((a, b) => (key === 'name' ? a.name.localeCompare(b.name, 'id') : (a[key] ?? -1) - (b[key] ?? -1)));
  return desc ? sorted.reverse() : sorted;
}

/** Billed beyond the budget (0 when within it): the seed's December story, Rp 5,897,856. */
export const shortfallOf = (b: { budget: number; billed: number }) => Math.max(0, b.billed - b.budget);

/** "1.234" / "12,5 %" in the UI language for a percentage with two decimals at most. */
export const percentText = (value: number | null, lang: 'id' | 'en') =>
  value === null ? '–' : `${new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 }).format(value)} %`;
