/**
 * Types of the contribution (iuran) calculation: its input, its explained lines and its result.
 */
import type { IsoDate } from './calendar';
import type { RoundingMode, Rupiah } from './money';
import type { RuleCitation } from './rule-lookup';

/** PU: penerima upah (wage earner, e.g. non-ASN); BPU: bukan penerima upah (e.g. pekerja rentan). */
export type Scheme = 'pu' | 'bpu';
/** JKK risk classes: sangat rendah, rendah, sedang, tinggi, sangat tinggi. */
export type RiskClass = 'very-low' | 'low' | 'medium' | 'high' | 'very-high';
/** Who pays the contribution: a regional budget, the national budget, or the participant. */
export type Funding = 'apbd' | 'apbn' | 'self';
/** BPU sector: PP 50/2025 gives transport workers a longer discount window. */
export type Sector = 'transport' | 'other';
export type Program = 'JKK' | 'JKM';

export interface ContributionInput {
  readonly scheme: Scheme;
  /** Monthly wage (PU) or declared income (BPU), whole rupiah. */
  readonly wage: number;
  /** PU only. Default 'very-low': the class non-ASN get in practice (REGULATIONS.md §2). */
  readonly risk?: RiskClass;
  /** PU participant also in JKP (PP 49/2023 rates). Default false: non-ASN of a regency are not. */
  readonly jkp?: boolean;
  /** Default 'apbd': the programme pays from the regional budget. */
  readonly funding?: Funding;
  /** BPU only. Default 'other'. */
  readonly sector?: Sector;
  /** The day the rules are evaluated on (a contribution month is evaluated on its 1st). */
  readonly on: IsoDate;
}

/** One explained amount. A discount line has a negative amount; the program total is the sum. */
export interface ContributionLine extends RuleCitation {
  readonly program: Program;
  readonly kind: 'rate' | 'flat' | 'discount';
  readonly amount: Rupiah;
  /** The amount the rate was applied to: the wage base, or for a discount the gross program amount. */
  readonly base: Rupiah;
  readonly rateBp?: number;
  readonly flat?: Rupiah;
  readonly discountBp?: number;
  readonly rounding: RoundingMode;
}

export type ContributionWarningCode = 'BPU_INCOME_RAISED_TO_MINIMUM' | 'BPU_DISCOUNT_EXCLUDED_PUBLIC_FUNDING';

export interface ContributionWarning extends RuleCitation {
  readonly code: ContributionWarningCode;
  readonly details: Readonly<Record<string, number | string>>;
}

export interface Contribution {
  readonly on: IsoDate;
  readonly scheme: Scheme;
  readonly base: Rupiah;
  readonly jkk: Rupiah;
  readonly jkm: Rupiah;
  readonly total: Rupiah;
  readonly lines: readonly ContributionLine[];
  readonly warnings: readonly ContributionWarning[];
}
