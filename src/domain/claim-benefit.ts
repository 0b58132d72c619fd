/**
 * The benefit of one claim as shown and stored: lines {code, label, amount, basis, rule, confidence}, from
 * the calculators that exist (benefit-jkm, benefit-jkk, benefit-stmb, scholarship) and the JKK medical and
 * transport rules. Wage-based types need the wage base (the bill line's base, never typed in) — without it
 * they answer no lines and the caller records the reason.
 */
import type { IsoDate } from './calendar';
import type { Scheme } from './contribution.types';
import { computeJkkDeathBenefit, computePartialDisabilityBenefit, computeTotalDisabilityBenefit } from './benefit-jkk';
import { computeJkmBenefit } from './benefit-jkm';
import { computeStmbBenefit } from './benefit-stmb';
import type { BenefitLine, ScholarshipEntitlement } from './benefit.types';
import { lineLabel, type ClaimLine, type ClaimLineCode } from './claim-benefit-labels';

export type { ClaimLine };
import { claimScholarship, type ScholarshipChild, type ScholarshipClaim } from './claim-scholarship';
import type { ClaimType } from './claim-types';
import { DomainError } from './errors';
import { rupiah } from './money';
import { requireValueAt, type RuleLookup } from './rule-lookup';

export interface ClaimBenefitInput {
  readonly type: ClaimType;
  readonly on: IsoDate;
  readonly scheme: Scheme;
  /** The bill line's base for the incident month; null when that month was not billed. */
  readonly wageBase: number | null;
  readonly contributionMonths: number;
  readonly percent?: number | string;
  readonly functionLossPercent?: number | string;
  readonly months?: number;
  /** Scholarship: the children (level per child); more than the rule's maximum are not counted. */
  readonly children?: readonly ScholarshipChild[];
  /** Scholarship: whether the death or disability came from a work accident (then no minimum months). */
  readonly workAccident?: boolean;
  /** JKK medical: costs of care (no cap) and of home care (capped). */
  readonly medicalCost?: number;
  readonly homeCareCost?: number;
  /** JKK transport: the means and its cost (capped per means). */
  readonly transportMode?: 'land' | 'sea' | 'air';
  readonly transportCost?: number;
}

export interface ClaimBenefit {
  readonly total: number;
  readonly lines: readonly ClaimLine[];
  /** Typed codes that reduce or refuse the benefit (explained to the user, id + en). */
  readonly reasons: readonly string[];
  readonly scholarship?: ScholarshipEntitlement;
  /** Scholarship: each child given with its verdict on the incident date, and the age limit applied. */
  readonly scholarshipChildren?: ScholarshipClaim['children'];
  readonly scholarshipMaxAge?: number;
}

const CODES: Partial<Record<BenefitLine['component'], ClaimLineCode>> = {
  'lump-sum': 'jkm-lump-sum', periodic: 'periodic', funeral: 'funeral', 'death-wage': 'jkk-death-wage',
  'total-disability-wage': 'jkk-total-disability', 'partial-disability-wage': 'jkk-partial-disability', stmb: 'jkk-stmb',
};

function toLine(line: BenefitLine, label?: string): ClaimLine {
  const code = CODES[line.component] ?? 'periodic';
  return { code, label: label ?? lineLabel(code), amount: line.amount, basis: line.legalBasis, rule: line.rule, confidence: line.confidence };
}

function cost(value: number | undefined, field: string): number {
  const amount = value ?? 0;
  if (!Number.isSafeInteger(amount) || amount < 0) throw new DomainError('MONEY_INVALID', 'invalid', { field });
  return amount;
}

function cappedLine(code: ClaimLineCode, key: string, amount: number, on: IsoDate, book: RuleLookup): ClaimLine {
  const cap = requireValueAt(book, key, on, 'rupiah');
  const paid = cap.value === 0 ? amount : Math.min(amount, cap.value); // 0 = no cap
  return { code, label: lineLabel(code), amount: paid, basis: cap.legalBasis, rule: cap.id, confidence: cap.confidence };
}

function wageLines(input: ClaimBenefitInput, wage: number, book: RuleLookup): BenefitLine[] {
  const on = input.on;
  switch (input.type) {
    case 'jkk-death': return [...computeJkkDeathBenefit({ wage, on }, book).lines];
    case 'jkk-disability-total': return [...computeTotalDisabilityBenefit({ wage, on }, book).lines];
    case 'jkk-disability-partial': {
      if (input.percent === undefined) throw new DomainError('PERCENT_INVALID', 'invalid', { field: 'percent' });
      const fn = input.functionLossPercent;
      return [...computePartialDisabilityBenefit({ wage, on, tablePercent: input.percent, ...(fn === undefined ? {} : { functionLossPercent: fn }) }, book).lines];
    }
    default: {
      if (input.months === undefined) throw new DomainError('MONTHS_INVALID', 'invalid', { field: 'months', months: null });
      return [...computeStmbBenefit({ wage, on, months: input.months }, book).lines];
    }
  }
}

/** The benefit of a claim of `input.type` on `input.on` under the rules in force that day. */
export function computeClaimBenefit(input: ClaimBenefitInput, book: RuleLookup): ClaimBenefit {
  const reasons: string[] = [];
  let lines: ClaimLine[] = [];
  let scholarship: ScholarshipEntitlement | undefined;
  let children: Pick<ClaimBenefit, 'scholarshipChildren' | 'scholarshipMaxAge'> = {};
  switch (input.type) {
    case 'jkm': {
      const jkm = computeJkmBenefit({ scheme: input.scheme, contributionMonths: input.contributionMonths, on: input.on }, book);
      if (!jkm.isFullBenefit) reasons.push('JKM_BPU_FUNERAL_ONLY');
      lines = jkm.lines.map((l) => toLine(l, l.component === 'periodic' ? lineLabel('jkm-periodic') : undefined));
      scholarship = jkm.scholarship;
      break;
    }
    case 'jkk-medical':
      // Care by BPJS facilities as needed (no cap: the rule's value 0); home care capped. Recorded for utilisation.
      lines = [
        ...(input.medicalCost ? [cappedLine('jkk-medical', 'jkk.benefit.medical.cost-cap', cost(input.medicalCost, 'medicalCost'), input.on, book)] : []),
        ...(input.homeCareCost ? [cappedLine('jkk-home-care', 'jkk.benefit.home-care.cap', cost(input.homeCareCost, 'homeCareCost'), input.on, book)] : []),
      ];
      break;
    case 'jkk-transport': {
      const mode = input.transportMode ?? 'land';
      const key = `jkk.benefit.transport.${mode}`;
      const capValue = requireValueAt(book, key, input.on, 'rupiah').value;
      lines = [cappedLine(`jkk-transport-${mode}`, key, input.transportCost === undefined ? capValue : cost(input.transportCost, 'transportCost'), input.on, book)];
      break;
    }
    case 'beasiswa': {
      const result = claimScholarship(
        { on: input.on, children: input.children ?? [], cause: input.workAccident ? { kind: 'work-accident' } : { kind: 'jkm', contributionMonths: input.contributionMonths } },
        book,
      );
      lines = [...result.lines];
      reasons.push(...result.reasons);
      scholarship = result.entitlement;
      children = { scholarshipChildren: result.children, scholarshipMaxAge: result.maxAge };
      break;
    }
    default:
      if (input.wageBase === null) {
        reasons.push('WAGE_BASE_NOT_BILLED');
      } else {
        lines = wageLines(input, input.wageBase, book).map((l) => toLine(l));
      }
  }
  const total = lines.reduce((sum, line) => sum + line.amount, 0);
  return { total: rupiah(total), lines, reasons, ...(scholarship ? { scholarship } : {}), ...children };
}

