// Pure helpers of the report views: the colour-blind-safe palette (Okabe–Ito), sorting a region table,
// and the shortfall of a budget. No React, so they are unit-tested.
export const PALETTE = { nonAsn: '#0072B2', rentan: '#E69F00', quota: '#000000', other: '#009E73', overdue: '#D55E00', target: '#CC79A7', paid: '#56B4E9' } as const;

export type NumberKey = 'participants' | 'nonAsn' | 'rentan' | 'ucj' | 'budget' | 'realisation' | 'overdue' | 'filed';
export type SortKey = 'name' | NumberKey;

/**
 * Rows by name (Indonesian collation) or by a figure; a missing figure (no programme, no reference data)
 * sorts below zero, and ties keep the name order, so a sorted table reads the same every time.
 */
export function sortRows<T extends { name: string } & Partial<Record<NumberKey, number | null>>>(rows: T[], key: SortKey, desc: boolean): T[] {
  const byName = (a: T, b: T) => a.name.localeCompare(b.name, 'id');
  const sign = desc ? -1 : 1;
  if (key === 'name') return [...rows].sort((a, b) => sign * byName(a, b));
  const figure = (r: T) => r[key] ?? -1;
  return [...rows].sort((a, b) => sign * (figure(a) - figure(b)) || byName(a, b));
}

/** Billed beyond the budget (0 when within it): the seed's December story, Rp 5,897,856. */
export const shortfallOf = (b: { budget: number; billed: number }) => Math.max(0, b.billed - b.budget);

/** "1.234" / "12,5 %" in the UI language for a percentage with two decimals at most. */
export const percentText = (value: number | null, lang: 'id' | 'en') =>
  value === null ? '–' : `${new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 }).format(value)} %`;

/** A chart label: "Kabupaten" abbreviated, cut to `max` characters with an ellipsis (the table keeps the full name). */
export function shortLabel(text: string, max: number): string {
  const short = text.replace(/^Kabupaten /, 'Kab. '); // the usual Indonesian abbreviation
  return short.length <= max ? short : `${short.slice(0, max - 1).trimEnd()}…`;
}

/** Okabe–Ito colours for a chart's series in turn (claim statuses), black last. */
export const STATUS_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000'] as const;
