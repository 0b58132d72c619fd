/**
 * The wage base a PKS fixes for a participant group (REGULATIONS.md §2: "the agreement may fix a base
 * such as the provincial minimum wage"): the UMP of a province and year ("UMP NTT 2024"), a per-person
 * wage (PU), or the declared income of BPU participants. Resolving it keeps the rule that gave the amount.
 */
import { DomainError } from './errors';
import { findMinimumWage } from './minimum-wage';
import { rupiah, type Rupiah } from './money';
import type { RuleLookup } from './rule-lookup';

export type WageBasePolicy =
  | { readonly kind: 'ump'; readonly provinceCode: string; readonly year: number }
  | { readonly kind: 'fixed'; readonly amount: number }
  | { readonly kind: 'declared'; readonly amount: number };

export interface WageBase {
  readonly amount: Rupiah;
  /** The UMP rule id and its legal basis; null for an amount the agreement states itself. */
  readonly rule: string | null;
  readonly legalBasis: string | null;
}

/** UMP of a year is the one in force on 1 January of that year (a decree sets it for the calendar year). */
export function resolveWageBase(policy: WageBasePolicy, book: RuleLookup): WageBase {
  if (policy.kind !== 'ump') {
    if (!Number.isSafeInteger(policy.amount) || policy.amount < 0) throw new DomainError('WAGE_NEGATIVE', 'invalid', { wage: policy.amount });
    return { amount: rupiah(policy.amount), rule: null, legalBasis: null };
  }
  try {
    const ump = findMinimumWage(policy.provinceCode, `${String(policy.year).padStart(4, '0')}-01-01`, book);
    return { amount: ump.amount, rule: ump.rule, legalBasis: ump.legalBasis };
  } catch (error) {
    if (error instanceof DomainError && error.code === 'RULE_NOT_FOUND') {
      throw new DomainError('WAGE_UMP_UNKNOWN', 'invalid', { province: policy.provinceCode, year: policy.year });
    }
    throw error;
  }
}
