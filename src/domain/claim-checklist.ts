/**
 * The document checklist of a claim: which papers its type asks for (requirements are data, table
 * `claim_document_requirement`), which of them are held, and what is still missing. A requirement may
 * apply once per claim, only to traffic accidents (the police report), or once per child named for a
 * scholarship (birth certificate, school statement). A rejected upload counts as not held.
 */

export type RequirementTarget = 'claim' | 'each-scholarship-child';
export type RequirementCondition = 'traffic-accident' | null;
export type DocumentStatus = 'received' | 'verified' | 'rejected';
export type ChecklistStatus = 'missing' | 'received' | 'verified';

export interface DocumentRequirement {
  readonly code: string;
  readonly labelId: string;
  readonly labelEn: string;
  readonly required: boolean;
  readonly appliesTo: RequirementTarget;
  readonly onlyIf: RequirementCondition;
}

export interface ChecklistFacts {
  readonly trafficAccident: boolean;
  /** Children named for the scholarship (heirs), for the per-child requirements. */
  readonly scholarshipChildren: readonly { readonly id: number; readonly name: string }[];
}

export interface HeldDocument {
  readonly id: number;
  readonly requirementCode: string;
  readonly heirId: number | null;
  readonly status: DocumentStatus;
}

export interface ChecklistItem {
  readonly code: string;
  readonly heirId: number | null;
  readonly heirName: string | null;
  readonly labelId: string;
  readonly labelEn: string;
  readonly required: boolean;
  readonly status: ChecklistStatus;
  readonly documentIds: readonly number[];
}

const applies = (r: DocumentRequirement, facts: ChecklistFacts) => r.onlyIf !== 'traffic-accident' || facts.trafficAccident;

/** The slots to fill: one per requirement, or one per scholarship child (a generic one while none is named). */
function slotsOf(r: DocumentRequirement, facts: ChecklistFacts): { heirId: number | null; heirName: string | null }[] {
  if (r.appliesTo === 'claim' || facts.scholarshipChildren.length === 0) return [{ heirId: null, heirName: null }];
  return facts.scholarshipChildren.map((c) => ({ heirId: c.id, heirName: c.name }));
}

function statusOf(docs: readonly HeldDocument[]): ChecklistStatus {
  if (docs.some((d) => d.status === 'verified')) return 'verified';
  return docs.some((d) => d.status === 'received') ? 'received' : 'missing';
}

export function computeChecklist(requirements: readonly DocumentRequirement[], facts: ChecklistFacts, documents: readonly HeldDocument[]): ChecklistItem[] {
  return requirements.filter((r) => applies(r, facts)).flatMap((r) => slotsOf(r, facts).map((slot) => {
    // A per-child slot takes that child's documents; the generic slot takes any of the code
    const held = documents.filter((d) => d.requirementCode === r.code && d.status !== 'rejected'
      && (slot.heirId === null || d.heirId === slot.heirId));
    const suffix = slot.heirName ? ` — ${slot.heirName}` : '';
    return {
      code: r.code, heirId: slot.heirId, heirName: slot.heirName, labelId: r.labelId + suffix, labelEn: r.labelEn + suffix,
      required: r.required, status: statusOf(held), documentIds: held.map((d) => d.id),
    };
  }));
}

/** Required slots with nothing received: what the family or operator must still bring. */
export const missingItems = (items: readonly ChecklistItem[]) => items.filter((i) => i.required && i.status === 'missing');

/** Required slots received but not yet checked by the Dinas: documents are complete only once verified. */
export const unverifiedItems = (items: readonly ChecklistItem[]) => items.filter((i) => i.required && i.status === 'received');
