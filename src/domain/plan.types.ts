/**
 * Types of the budget plan: what a regency asks ("this budget, these groups, these months") and the
 * month-by-month answer.
 */
import type { IsoDate, IsoMonth } from './calendar';
import type { Contribution, Funding, RiskClass, Scheme, Sector } from './contribution.types';
import type { Rupiah } from './money';

export interface PlanGroupInput {
  readonly name: string;
  readonly scheme: Scheme;
  readonly risk?: RiskClass;
  readonly jkp?: boolean;
  readonly funding?: Funding;
  readonly sector?: Sector;
  readonly headcount: number;
  /** Monthly wage base (PU) or declared income (BPU) per head, whole rupiah. */
  readonly wage: number;
}

export interface PlanInput {
  /** First contribution month, 'YYYY-MM'. */
  readonly start: IsoMonth;
  /** Number of months, 1–600. */
  readonly months: number;
  readonly budget: number;
  readonly groups: readonly PlanGroupInput[];
}

export interface PlanGroupMonth {
  readonly name: string;
  readonly headcount: number;
  readonly perHead: Rupiah;
  readonly total: Rupiah;
  /** The per-head calculation with its lines and rule ids, so the month can be explained. */
  readonly contribution: Contribution;
}

export interface PlanMonth {
  readonly month: IsoMonth;
  /** The day rules were evaluated on: the 1st, so a change inside the period applies from its month. */
  readonly on: IsoDate;
  readonly total: Rupiah;
  readonly groups: readonly PlanGroupMonth[];
}

export interface PlanGroupSummary {
  readonly name: string;
  readonly headcount: number;
  /** Per head in the FIRST month; see perHeadVaries. */
  readonly perHeadMonthly: Rupiah;
  /** True when a rule change inside the period changes the per-head amount. */
  readonly perHeadVaries: boolean;
  readonly total: Rupiah;
}

export interface Plan {
  readonly start: IsoMonth;
  readonly monthCount: number;
  readonly total: Rupiah;
  readonly budget: Rupiah;
  /** budget − total: negative is a shortfall. */
  readonly remaining: Rupiah;
  /** remaining ÷ budget in basis points, rounded half up (−39 bp = 0.39% short); 0 when the budget is 0. */
  readonly remainingBp: number;
  readonly groups: readonly PlanGroupSummary[];
  readonly months: readonly PlanMonth[];
  /** Heads the budget carries for the whole period at this mix (all groups scaled alike), floored;
   * null when the plan costs nothing. */
  readonly headsCarried: number | null;
  /** Full months, from the start, the budget pays for (at most the planned months). */
  readonly monthsCarried: number;
}
