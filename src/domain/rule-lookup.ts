/**
 * The port through which calculators read regulation rules. Domain code depends only on this
 * interface; src/regulation implements it (createRuleBook) so `domain` imports nothing outside itself.
 * Owns: the minimal rule shape a calculator needs, the RULE_NOT_FOUND / RULE_UNIT_MISMATCH checks,
 * the citation copied into every computed line, and the rounding-mode setting.
 */
import type { IsoDate } from './calendar';
import { DomainError } from './errors';
import type { RoundingMode } from './money';

/**
 * bp: basis points (1/10,000). rupiah: whole rupiah. sen: 1/100 rupiah (only where a source gives sen).
 * multiplier: × wage. months / working-days / count: plain integers. day-of-month: 1–31.
 * rounding-mode: an integer code, see ROUNDING_MODE_CODES.
 */
export type RuleUnit =
  | 'bp'
  | 'rupiah'
  | 'sen'
  | 'multiplier'
  | 'months'
  | 'day-of-month'
  | 'working-days'
  | 'count'
  | 'rounding-mode';

export type RuleConfidence = 'confirmed' | 'unconfirmed';

/** Dimensions a rule may be limited to, e.g. { sector: 'transport', funding: 'self' }. */
export type RuleScope = Readonly<Record<string, string>>;

export interface RuleRef {
  readonly id: string;
  readonly key: string;
  readonly value: number;
  readonly unit: RuleUnit;
  readonly legalBasis: string;
  readonly confidence: RuleConfidence;
}

export interface RuleLookup {
  /** The row in force on `on` for `key`, the most specific one whose scope matches `scope`; or null. */
  findRuleAt(key: string, on: IsoDate, scope?: RuleScope): RuleRef | null;
}

/** What a computed line keeps so its amount can be explained and audited. */
export interface RuleCitation {
  readonly rule: string;
  readonly legalBasis: string;
  readonly confidence: RuleConfidence;
}

export function citeRule(rule: RuleRef): RuleCitation {
  return { rule: rule.id, legalBasis: rule.legalBasis, confidence: rule.confidence };
}

export function requireRuleAt(book: RuleLookup, key: string, on: IsoDate, scope?: RuleScope): RuleRef {
  const rule = book.findRuleAt(key, on, scope);
  if (!rule) throw new DomainError('RULE_NOT_FOUND', 'invalid', { key, on, scope: scope ?? {} });
  return rule;
}

/** Like requireRuleAt, and checks the unit so a misfiled row (rupiah where bp was meant) fails loudly. */
export function requireValueAt(book: RuleLookup, key: string, on: IsoDate, unit: RuleUnit, scope?: RuleScope): RuleRef {
  const rule = requireRuleAt(book, key, on, scope);
  if (rule.unit !== unit) {
    throw new DomainError('RULE_UNIT_MISMATCH', 'invalid', { key, rule: rule.id, expected: unit, actual: rule.unit });
  }
  return rule;
}

/** Integer codes for the 'rounding.mode' rule (rule values are integers). */
export const ROUNDING_MODE_CODES: Readonly<Record<number, RoundingMode>> = { 0: 'down', 1: 'half-up', 2: 'half-even' };

/** The rounding mode in force: itself a setting (REGULATIONS.md §Money), stored as rule 'rounding.mode'. */
export function findRoundingModeAt(book: RuleLookup, on: IsoDate): { mode: RoundingMode; rule: RuleRef } {
  const rule = requireValueAt(book, 'rounding.mode', on, 'rounding-mode');
  const mode = ROUNDING_MODE_CODES[rule.value];
  if (!mode) throw new DomainError('RULE_VALUE_INVALID', 'invalid', { rule: rule.id, value: rule.value });
  return { mode, rule };
}
