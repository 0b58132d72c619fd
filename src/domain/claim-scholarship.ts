/**
 * A scholarship (beasiswa) claim for a year: one line per child at its school level, at most the rule's
 * number of children (2), under the entitlement of scholarship.ts (≥ 36 contribution months for JKM; no
 * minimum after a JKK death or total disability — PP 82/2019). It ends at 23, marriage or work: children
 * past that are not passed in (the heirs' data decides, claimdocs).
 */
import type { IsoDate } from './calendar';
import type { ScholarshipEntitlement, ScholarshipLevel } from './benefit.types';
import { lineLabel, type ClaimLine } from './claim-benefit-labels';
import { requireValueAt, type RuleLookup } from './rule-lookup';
import { computeScholarship, type ScholarshipCause } from './scholarship';

export interface ScholarshipChild { readonly level: ScholarshipLevel['level'] }

export interface ScholarshipClaim {
  readonly entitlement: ScholarshipEntitlement;
  readonly lines: readonly ClaimLine[];
  readonly reasons: readonly string[];
}

export function claimScholarship(
  input: { on: IsoDate; children: readonly ScholarshipChild[]; cause: ScholarshipCause },
  book: RuleLookup,
): ScholarshipClaim {
  const entitlement = computeScholarship(input.cause, input.on, book);
  if (!entitlement.eligible) return { entitlement, lines: [], reasons: ['SCHOLARSHIP_TOO_FEW_MONTHS'] };
  if (input.children.length === 0) return { entitlement, lines: [], reasons: ['SCHOLARSHIP_NO_CHILDREN'] };
  const reasons = input.children.length > entitlement.maxChildren ? ['SCHOLARSHIP_MAX_CHILDREN'] : [];
  const lines = input.children.slice(0, entitlement.maxChildren).map((child): ClaimLine => {
    const rule = requireValueAt(book, `scholarship.${child.level}.per-year`, input.on, 'rupiah');
    const code = `beasiswa-${child.level}` as const;
    return { code, label: lineLabel(code), amount: rule.value, basis: rule.legalBasis, rule: rule.id, confidence: rule.confidence };
  });
  return { entitlement, lines, reasons };
}
