/**
 * Types shared by the benefit (manfaat) calculators: explained lines and the scholarship entitlement.
 */
import type { IsoDate } from './calendar';
import type { Rupiah } from './money';
import type { RuleCitation } from './rule-lookup';

export type BenefitComponent =
  | 'lump-sum'
  | 'periodic'
  | 'funeral'
  | 'death-wage'
  | 'total-disability-wage'
  | 'partial-disability-wage'
  | 'stmb';

/** One explained benefit amount; the inputs it was computed from are kept beside it. */
export interface BenefitLine extends RuleCitation {
  readonly component: BenefitComponent;
  readonly amount: Rupiah;
  readonly wage?: Rupiah;
  readonly multiplier?: number;
  readonly rateBp?: number;
  readonly months?: number;
  /** Partial disability: the percentages applied, as given ('2.5', then the loss-of-function %). */
  readonly percents?: readonly string[];
}

export interface ScholarshipLevel {
  readonly level: 'tk' | 'sd' | 'smp' | 'sma' | 's1';
  readonly perYear: Rupiah;
  readonly maxYears: number;
}

export interface ScholarshipEntitlement {
  readonly eligible: boolean;
  /** Why: 'work-accident' (no minimum), 'contribution-months' (≥ 36), or 'too-few-months'. */
  readonly reason: 'work-accident' | 'contribution-months' | 'too-few-months';
  readonly maxChildren: number;
  readonly maxPerChild: Rupiah;
  readonly maxTotal: Rupiah;
  readonly levels: readonly ScholarshipLevel[];
  readonly rules: readonly string[];
}

/** Input of the wage-based JKK benefits: "wage" is the reported wage (PU) or declared income (BPU). */
export interface WageBenefitInput {
  readonly wage: number;
  readonly on: IsoDate;
}
