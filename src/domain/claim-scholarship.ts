/**
 * A scholarship (beasiswa) claim for a year: one line per eligible child at its school level, at most the
 * rule's number of children (2), under the entitlement of scholarship.ts (≥ 36 contribution months for JKM;
 * no minimum after a JKK death or total disability — PP 82/2019). It ends at 23 (rule `scholarship.max-age`),
 * marriage or work: a child known from the heirs (birth date, married, working) is checked on the incident
 * date; a child given only by its level (`--children N` without heirs) is taken as declared.
 */
import type { IsoDate } from './calendar';
import type { ScholarshipEntitlement, ScholarshipLevel } from './benefit.types';
import { lineLabel, type ClaimLine } from './claim-benefit-labels';
import { ageOn } from './heir';
import { requireValueAt, type RuleLookup } from './rule-lookup';
import { computeScholarship, type ScholarshipCause } from './scholarship';

export interface ScholarshipChild {
  readonly level: ScholarshipLevel['level'];
  /** From the heirs when recorded: who, born when, married or working. */
  readonly name?: string;
  readonly birthDate?: IsoDate;
  readonly married?: boolean;
  readonly working?: boolean;
}

export type ChildVerdict = 'eligible' | 'over-max-children' | 'too-old' | 'married' | 'working';

export interface ScholarshipClaim {
  readonly entitlement: ScholarshipEntitlement;
  readonly lines: readonly ClaimLine[];
  readonly reasons: readonly string[];
  /** Every child given, in the order given, with why it holds a line or not. */
  readonly children: readonly (ScholarshipChild & { readonly verdict: ChildVerdict; readonly ageOnIncident: number | null })[];
  /** The age from which a child holds none (rule `scholarship.max-age`). */
  readonly maxAge: number;
}

function verdictOf(child: ScholarshipChild, on: IsoDate, maxAge: number): { verdict: ChildVerdict; ageOnIncident: number | null } {
  const age = child.birthDate ? ageOn(child.birthDate, on) : null;
  if (age !== null && age >= maxAge) return { verdict: 'too-old', ageOnIncident: age };
  if (child.married) return { verdict: 'married', ageOnIncident: age };
  if (child.working) return { verdict: 'working', ageOnIncident: age };
  return { verdict: 'eligible', ageOnIncident: age };
}

export function claimScholarship(
  input: { on: IsoDate; children: readonly ScholarshipChild[]; cause: ScholarshipCause },
  book: RuleLookup,
): ScholarshipClaim {
  const entitlement = computeScholarship(input.cause, input.on, book);
  const maxAge = requireValueAt(book, 'scholarship.max-age', input.on, 'count').value;
  let taken = 0;
  const children = input.children.map((child) => {
    const v = verdictOf(child, input.on, maxAge);
    if (v.verdict !== 'eligible') return { ...child, ...v };
    taken++;
    return { ...child, ...v, verdict: taken > entitlement.maxChildren ? 'over-max-children' as const : 'eligible' as const };
  });
  if (!entitlement.eligible) return { entitlement, lines: [], reasons: ['SCHOLARSHIP_TOO_FEW_MONTHS'], children, maxAge };
  const eligible = children.filter((c) => c.verdict === 'eligible');
  const reasons = [
    ...(eligible.length === 0 ? ['SCHOLARSHIP_NO_CHILDREN'] : []),
    ...(children.some((c) => c.verdict === 'over-max-children') ? ['SCHOLARSHIP_MAX_CHILDREN'] : []),
    ...(children.some((c) => c.verdict === 'too-old' || c.verdict === 'married' || c.verdict === 'working') ? ['SCHOLARSHIP_CHILD_NOT_ELIGIBLE'] : []),
  ];
  const lines = eligible.map((child): ClaimLine => {
    const rule = requireValueAt(book, `scholarship.${child.level}.per-year`, input.on, 'rupiah');
    const code = `beasiswa-${child.level}` as const;
    const label = child.name ? `${lineLabel(code)} — ${child.name}` : lineLabel(code);
    return { code, label, amount: rule.value, basis: rule.legalBasis, rule: rule.id, confidence: rule.confidence };
  });
  return { entitlement, lines, reasons, children, maxAge };
}
