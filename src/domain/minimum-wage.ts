/**
 * Provincial minimum wage (UMP) in force on a date, as whole rupiah. A PKS may fix the wage base of a
 * group at the UMP (REGULATIONS.md §2); this module only answers "what is the UMP".
 * The rows are in sen because a decree may give sen (UMP NTT 2025: Rp 2,328,969.69); the rupiah amount
 * is rounded by the 'rounding.mode' rule (half up → Rp 2,328,970) and the exact sen value is kept.
 */
import type { IsoDate } from './calendar';
import { divideRounded, rupiah, type Rupiah } from './money';
import { citeRule, findRoundingModeAt, requireValueAt, type RuleCitation, type RuleLookup } from './rule-lookup';

export interface MinimumWage extends RuleCitation {
  readonly provinceCode: string;
  readonly amount: Rupiah;
  readonly sen: number;
}

/** provinceCode: Kemendagri code, e.g. '53' (Nusa Tenggara Timur). Throws RULE_NOT_FOUND outside the table. */
export function findMinimumWage(provinceCode: string, on: IsoDate, book: RuleLookup): MinimumWage {
  const rule = requireValueAt(book, `wage.ump.${provinceCode}`, on, 'sen');
  const { mode } = findRoundingModeAt(book, on);
  return { provinceCode, amount: rupiah(divideRounded(BigInt(rule.value), 100n, mode)), sen: rule.value, ...citeRule(rule) };
}
