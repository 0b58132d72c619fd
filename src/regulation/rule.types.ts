/**
 * The shape of one regulation rule row: a value with an effective period, a legal basis and a
 * confidence mark. Rows are data (rules.seed.ts today, a table later); calculators read them through
 * the RuleLookup port in src/domain/rule-lookup.ts, which this row type satisfies structurally.
 *
 * Conventions (every row follows them; createRuleBook checks them):
 * - `value` is an integer. Rates are basis points (0.24% = 24 bp), amounts whole rupiah (or sen where
 *   the source gives sen, e.g. UMP NTT 2025 Rp 2,328,969.69 = 232,896,969 sen), multipliers integers.
 * - `effectiveFrom` is the first day in force; `effectiveTo` is the LAST day in force (inclusive, as
 *   regulations word it: "Januari 2026 s.d. Maret 2027" → 2027-03-31), or null for open-ended.
 * - A new regulation only ADDS rows. An open-ended row is superseded by a later row with the same
 *   key and scope (its period ends the day before); a row is never edited. Bounded rows (a temporary
 *   discount, a yearly wage) must not overlap another row of the same key and scope.
 * - `id` is stable: `<key>[<scope k=v,…>]@<effectiveFrom>`, e.g. 'pu.jkk.rate.very-low@2015-07-01'.
 */
import type { IsoDate } from '../domain/calendar';
import type { RuleConfidence, RuleScope, RuleUnit } from '../domain/rule-lookup';

export type { RuleConfidence, RuleScope, RuleUnit };

export interface RuleRow {
  readonly id: string;
  readonly key: string;
  readonly value: number;
  readonly unit: RuleUnit;
  readonly effectiveFrom: IsoDate;
  readonly effectiveTo: IsoDate | null;
  /** e.g. 'PP 44/2015 Lampiran I; PP 82/2019'. */
  readonly legalBasis: string;
  /** REGULATIONS.md [C] → 'confirmed', [U] → 'unconfirmed' (keep configurable, say so in the UI). */
  readonly confidence: RuleConfidence;
  readonly note?: string;
  /** Limits the row, e.g. { jkp: 'yes' } or { sector: 'transport', funding: 'self' }. */
  readonly scope?: RuleScope;
}
