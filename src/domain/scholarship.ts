/**
 * Scholarship (beasiswa) entitlement for a participant's children — PP 82/2019.
 * Up to 2 children; per level per year for a number of years; capped per child. Requires ≥ 36 months
 * of contributions for JKM; no minimum when the death or total disability came from a work accident.
 */
import type { IsoDate } from './calendar';
import type { ScholarshipEntitlement, ScholarshipLevel } from './benefit.types';
import { rupiah } from './money';
import { requireValueAt, type RuleLookup } from './rule-lookup';

const LEVELS: readonly ScholarshipLevel['level'][] = ['tk', 'sd', 'smp', 'sma', 's1'];

export type ScholarshipCause =
  | { readonly kind: 'work-accident' }
  | { readonly kind: 'jkm'; readonly contributionMonths: number };

export function computeScholarship(cause: ScholarshipCause, on: IsoDate, book: RuleLookup): ScholarshipEntitlement {
  const rules: string[] = [];
  const read = (key: string, unit: 'rupiah' | 'count' | 'months') => {
    const rule = requireValueAt(book, key, on, unit);
    rules.push(rule.id);
    return rule.value;
  };
  let reason: ScholarshipEntitlement['reason'] = 'work-accident';
  if (cause.kind === 'jkm') {
    // PP 82/2019: JKM scholarship only after at least 3 years (36 months) of contributions.
    const minimum = read('jkm.scholarship.min-contribution-months', 'months');
    reason = cause.contributionMonths >= minimum ? 'contribution-months' : 'too-few-months';
  }
  const levels = LEVELS.map((level) => ({
    level,
    perYear: rupiah(read(`scholarship.${level}.per-year`, 'rupiah')),
    maxYears: read(`scholarship.${level}.max-years`, 'count'),
  }));
  return {
    eligible: reason !== 'too-few-months',
    reason,
    maxChildren: read('scholarship.max-children', 'count'),
    maxPerChild: rupiah(read('scholarship.max-per-child', 'rupiah')),
    maxTotal: rupiah(read('scholarship.max-total', 'rupiah')),
    levels,
    rules,
  };
}
