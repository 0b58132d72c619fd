/**
 * Between table rows and the agreement as the API shows it. The editable part of an agreement (what an
 * addendum may change) is `AgreementTerms`; `diffTerms` lists the fields two versions differ in.
 */
import type { AgreementChange } from '../db/schema';
import { agreementPhase, inForceFrom, type AgreementPhase } from '../domain/agreement-phase';
import { systemClock, todayIn } from '../clock/clock';
import type { WageBasePolicy } from '../domain/wage-base';
import type { AgreementRow, GroupRow, NewGroupRow } from './agreements.repository';
import type { AgreementPatch, GroupInput, Person } from './agreements.schemas';

export interface AgreementGroup {
  id: number;
  name: string;
  scheme: 'pu' | 'bpu';
  riskClass: GroupRow['risk_class'];
  funding: 'apbd' | 'apbn' | 'self';
  sector: GroupRow['sector'];
  targetHeadcount: number;
  wage: WageBasePolicy;
}

export interface AgreementBudget { fiscalYear: number; account: string; amount: number; dpaNumber: string }

export interface Agreement {
  id: number;
  tenantCode: string;
  kind: 'mou' | 'pks';
  parentId: number | null;
  renewedFromId: number | null;
  number: string;
  title: string;
  status: 'draft' | 'signed' | 'active' | 'ended';
  branchCode: string;
  regencyParty: string;
  dinasName: string;
  dinasAddress: string;
  bpjsParty: string;
  periodStart: string;
  periodEnd: string;
  fiscalYear: number | null;
  programmes: ('JKK' | 'JKM' | 'JHT')[];
  people: Person[];
  groups: AgreementGroup[];
  budget: AgreementBudget | null;
  signedOn: string | null;
  signedPlace: string | null;
  note: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  activatedAt: string | null;
  endedAt: string | null;
  /** Where it stands today (the regency's date) by its period: src/domain/agreement-phase.ts. */
  phase: AgreementPhase;
  inForceFrom: string | null;
}

/** What an edit (draft) or an addendum (signed) may change. */
export const TERM_FIELDS = ['parentId', 'number', 'title', 'branchCode', 'regencyParty', 'dinasName', 'dinasAddress', 'bpjsParty',
  'periodStart', 'periodEnd', 'fiscalYear', 'programmes', 'people', 'groups', 'budget', 'note'] as const;
export type AgreementTerms = Required<AgreementPatch>;

function toWagePolicy(g: GroupRow): WageBasePolicy {
  if (g.wage_policy === 'ump') return { kind: 'ump', provinceCode: g.wage_province_code ?? '', year: g.wage_year ?? 0 };
  return { kind: g.wage_policy, amount: g.wage_amount ?? 0 };
}

export function toGroup(g: GroupRow): AgreementGroup {
  return {
    id: g.id, name: g.name, scheme: g.scheme, riskClass: g.risk_class, funding: g.funding, sector: g.sector,
    targetHeadcount: g.target_headcount, wage: toWagePolicy(g),
  };
}

/** Today in the regency's own time zone (callers holding the request's Clock pass its day instead). */
const regencyToday = (tenantCode: string) => todayIn(systemClock, tenantCode);

export function toAgreement(a: AgreementRow, groups: GroupRow[], today = regencyToday(a.tenant_code)): Agreement {
  const dates = { status: a.status, periodStart: a.period_start, periodEnd: a.period_end, signedOn: a.signed_on };
  const hasBudget = a.budget_amount !== null && a.budget_fiscal_year !== null;
  return {
    id: a.id, tenantCode: a.tenant_code, kind: a.kind, parentId: a.parent_id, renewedFromId: a.renewed_from_id,
    number: a.number, title: a.title, status: a.status, branchCode: a.branch_code, regencyParty: a.regency_party,
    dinasName: a.dinas_name, dinasAddress: a.dinas_address, bpjsParty: a.bpjs_party,
    periodStart: a.period_start, periodEnd: a.period_end, fiscalYear: a.fiscal_year, programmes: a.programmes,
    people: a.people, groups: groups.filter((g) => g.agreement_id === a.id).map(toGroup),
    budget: hasBudget ? { fiscalYear: a.budget_fiscal_year!, account: a.budget_account ?? '', amount: a.budget_amount!, dpaNumber: a.budget_dpa_number ?? '' } : null,
    signedOn: a.signed_on, signedPlace: a.signed_place, note: a.note, version: a.version,
    createdAt: a.created_at.toISOString(), updatedAt: a.updated_at.toISOString(),
    activatedAt: a.activated_at?.toISOString() ?? null, endedAt: a.ended_at?.toISOString() ?? null,
    phase: agreementPhase(dates, today), inForceFrom: inForceFrom(dates),
  };
}

export function termsOf(a: Agreement): AgreementTerms {
  const groups = a.groups.map(({ id, name, scheme, riskClass, funding, sector, targetHeadcount, wage }) =>
    ({ id, name, scheme, riskClass, funding, sector, targetHeadcount, wage }));
  return {
    parentId: a.parentId, number: a.number, title: a.title, branchCode: a.branchCode, regencyParty: a.regencyParty,
    dinasName: a.dinasName, dinasAddress: a.dinasAddress, bpjsParty: a.bpjsParty, periodStart: a.periodStart,
    periodEnd: a.periodEnd, fiscalYear: a.fiscalYear, programmes: a.programmes, people: a.people, groups, budget: a.budget, note: a.note,
  };
}

/** The agreement columns for a set of terms (groups are written separately). */
export function termsToColumns(t: AgreementTerms) {
  return {
    parent_id: t.parentId, number: t.number, title: t.title, branch_code: t.branchCode, regency_party: t.regencyParty,
    dinas_name: t.dinasName, dinas_address: t.dinasAddress, bpjs_party: t.bpjsParty, period_start: t.periodStart,
    period_end: t.periodEnd, fiscal_year: t.fiscalYear, programmes: t.programmes, people: JSON.stringify(t.people),
    budget_fiscal_year: t.budget?.fiscalYear ?? null, budget_account: t.budget?.account ?? null,
    budget_amount: t.budget?.amount ?? null, budget_dpa_number: t.budget?.dpaNumber ?? null, note: t.note,
  };
}

/** A group as stored: PU defaults to risk class "sangat rendah" (REGULATIONS.md §2), BPU to sector "other". */
export function groupToRow(tenantCode: string, agreementId: number, g: GroupInput, position: number): NewGroupRow {
  return {
    tenant_code: tenantCode, agreement_id: agreementId, position, name: g.name, scheme: g.scheme,
    risk_class: g.scheme === 'pu' ? (g.riskClass ?? 'very-low') : null, funding: g.funding ?? 'apbd',
    sector: g.scheme === 'bpu' ? (g.sector ?? 'other') : null, target_headcount: g.targetHeadcount, wage_policy: g.wage.kind,
    wage_province_code: g.wage.kind === 'ump' ? g.wage.provinceCode : null, wage_year: g.wage.kind === 'ump' ? g.wage.year : null,
    wage_amount: g.wage.kind === 'ump' ? null : g.wage.amount,
  };
}

/** Field-by-field differences; a group list compares as a whole (ids ignored: they are not terms). */
export function diffTerms(before: AgreementTerms, after: AgreementTerms): AgreementChange[] {
  const comparable = (field: string, value: unknown) =>
    field === 'groups' ? JSON.stringify((value as GroupInput[]).map(({ id: _id, ...rest }) => rest)) : JSON.stringify(value);
  return TERM_FIELDS.filter((field) => comparable(field, before[field]) !== comparable(field, after[field]))
    .map((field) => ({ field, before: before[field], after: after[field] }));
}
