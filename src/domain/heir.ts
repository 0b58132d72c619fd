/**
 * Heirs (ahli waris) of a death claim: checking what an operator enters, who among them is entitled
 * first, and which children count for the scholarship. The relations and their order are data (table
 * `claim_heir_relation`, REGULATIONS §10 [U]: widow/widower, children, parents, grandchildren, siblings,
 * parents-in-law, a person named in a will); the NIK itself is parsed by `nik.ts` before this is asked.
 */
import { isValidDate, type IsoDate } from './calendar';

export type SchoolLevel = 'tk' | 'sd' | 'smp' | 'sma' | 's1';
export const SCHOOL_LEVELS: readonly SchoolLevel[] = ['tk', 'sd', 'smp', 'sma', 's1'];

export interface HeirRelation {
  readonly code: string;
  /** 1 = first in line; heirs of the lowest rank present are the ones entitled. */
  readonly rank: number;
  /** Only children may be named for the scholarship. */
  readonly isChild: boolean;
}

export interface HeirInput {
  readonly name: string;
  readonly relation: string;
  readonly nik: string;
  readonly birthDate: IsoDate;
  readonly bankName?: string | null;
  readonly bankAccount?: string | null;
  readonly schoolLevel?: SchoolLevel | null;
  readonly married?: boolean;
  readonly working?: boolean;
}

export type HeirIssueCode =
  | 'HEIR_NAME_REQUIRED' | 'HEIR_RELATION_UNKNOWN' | 'HEIR_BIRTHDATE_INVALID' | 'HEIR_NIK_IS_PARTICIPANT'
  | 'HEIR_NIK_DUPLICATE' | 'HEIR_BANK_ACCOUNT_INVALID' | 'HEIR_BANK_INCOMPLETE' | 'HEIR_SCHOOL_LEVEL_NOT_CHILD';

export interface HeirIssue { readonly code: HeirIssueCode; readonly field: string }

/** Account numbers as printed on a passbook: digits, optionally grouped by spaces, dots or dashes. */
export const normalizeBankAccount = (account: string) => account.replace(/[\s.-]/g, '');
const ACCOUNT = /^\d{6,20}$/;

/** Everything wrong with an heir as entered, as field-tagged codes (the NIK's own checks come from nik.ts). */
export function heirIssues(input: HeirInput, context: {
  relations: readonly HeirRelation[]; participantNik: string; otherHeirNiks: readonly string[]; today: IsoDate;
}): HeirIssue[] {
  const issues: HeirIssue[] = [];
  const add = (code: HeirIssueCode, field: string) => issues.push({ code, field });
  const relation = context.relations.find((r) => r.code === input.relation);
  if (!input.name.trim()) add('HEIR_NAME_REQUIRED', 'name');
  if (!relation) add('HEIR_RELATION_UNKNOWN', 'relation');
  if (!isValidDate(input.birthDate) || input.birthDate > context.today) add('HEIR_BIRTHDATE_INVALID', 'birthDate');
  // The deceased cannot inherit from themself, and one person is one heir of a claim
  if (input.nik === context.participantNik) add('HEIR_NIK_IS_PARTICIPANT', 'nik');
  else if (context.otherHeirNiks.includes(input.nik)) add('HEIR_NIK_DUPLICATE', 'nik');
  const account = input.bankAccount ? normalizeBankAccount(input.bankAccount) : '';
  if (account && !ACCOUNT.test(account)) add('HEIR_BANK_ACCOUNT_INVALID', 'bankAccount');
  else if (!!account !== !!input.bankName?.trim()) add('HEIR_BANK_INCOMPLETE', account ? 'bankName' : 'bankAccount');
  if (input.schoolLevel && relation && !relation.isChild) add('HEIR_SCHOOL_LEVEL_NOT_CHILD', 'schoolLevel');
  return issues;
}

/** Whole years of age on a date (a birthday on 29 February counts from 1 March in common years). */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The rank entitled to the benefit: the first in line among the heirs recorded (null when none). */
export function entitledRank(heirs: readonly { rank: number }[]): number | null {
  return heirs.length ? Math.min(...heirs.map((h) => h.rank)) : null;
}

export interface ChildHeir {
  readonly id: number; readonly name: string; readonly birthDate: IsoDate; readonly isChild: boolean;
  readonly schoolLevel: SchoolLevel | null; readonly married: boolean; readonly working: boolean;
}

/**
 * The children who can hold a scholarship on the incident date (PP 82/2019: it ends at `maxAge`, marriage
 * or work; a child must be at school), oldest first — the claim takes at most the rule's number of them.
 */
export function scholarshipCandidates<C extends ChildHeir>(heirs: readonly C[], incidentDate: IsoDate, maxAge: number): (C & { ageOnIncident: number })[] {
  return heirs
    .filter((h) => h.isChild && h.schoolLevel !== null && !h.married && !h.working)
    .map((h) => ({ ...h, ageOnIncident: ageOn(h.birthDate, incidentDate) }))
    .filter((h) => h.ageOnIncident < maxAge)
    .sort((a, b) => a.birthDate.localeCompare(b.birthDate) || a.id - b.id);
}
