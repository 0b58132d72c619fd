// The agreement shapes the API returns (src/agreements/agreement.mapper.ts, agreement-plan.ts).
export type AgreementStatus = 'draft' | 'signed' | 'active' | 'ended';
export type AgreementPhase = 'draft' | 'upcoming' | 'in_force' | 'ended';
export type RiskClass = 'very-low' | 'low' | 'medium' | 'high' | 'very-high';
export type Programme = 'JKK' | 'JKM' | 'JHT';
export const RISK_CLASSES: RiskClass[] = ['very-low', 'low', 'medium', 'high', 'very-high'];

export type WagePolicy =
  | { kind: 'ump'; provinceCode: string; year: number }
  | { kind: 'fixed'; amount: number }
  | { kind: 'declared'; amount: number };

export interface Person { role: 'signatory' | 'witness'; side: 'regency' | 'bpjs'; name: string; position: string; institution: string }

export interface Group {
  id?: number;
  name: string;
  scheme: 'pu' | 'bpu';
  riskClass?: RiskClass | null;
  funding?: 'apbd' | 'apbn' | 'self';
  sector?: 'transport' | 'other' | null;
  targetHeadcount: number;
  wage: WagePolicy;
}

export interface Budget { fiscalYear: number; account: string; amount: number; dpaNumber: string }

/** The editable terms: the create/edit form and an addendum's changes. */
export interface AgreementTerms {
  parentId: number | null;
  number: string;
  title: string;
  branchCode: string;
  regencyParty: string;
  dinasName: string;
  dinasAddress: string;
  bpjsParty: string;
  periodStart: string;
  periodEnd: string;
  fiscalYear: number | null;
  programmes: Programme[];
  people: Person[];
  groups: Group[];
  budget: Budget | null;
  note: string;
}

export interface Agreement extends AgreementTerms {
  id: number;
  tenantCode: string;
  kind: 'mou' | 'pks';
  renewedFromId: number | null;
  status: AgreementStatus;
  signedOn: string | null;
  signedPlace: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  activatedAt: string | null;
  endedAt: string | null;
  /** Where it stands today in the regency's time zone, by its period (server: src/domain/agreement-phase.ts). */
  phase: AgreementPhase;
  inForceFrom: string | null;
}

export type PlanVerdict = 'no-budget' | 'covered' | 'exact' | 'shortfall';

export interface PlanTotals {
  total: number;
  budget: number | null;
  remaining: number | null;
  remainingBp: number | null;
  verdict: PlanVerdict;
  headcount: number;
  headsCarried: number | null;
  monthsCarried: number | null;
}

export interface PlanGroup {
  groupId: number;
  name: string;
  scheme: 'pu' | 'bpu';
  riskClass: RiskClass | null;
  headcount: number;
  wage: { policy: WagePolicy; amount: number; provinceName: string | null; rule: string | null; legalBasis: string | null };
  perHeadMonthly: number;
  perHeadVaries: boolean;
  monthly: number;
  total: number;
  quota: { target: number; enrolled: number | null; carried: number | null };
  lines: { program: string; kind: string; rateBp?: number; flat?: number; amount: number; rule: string; legalBasis: string; confidence: string }[];
}

export interface Plan extends PlanTotals {
  source: 'target';
  start: string;
  months: number;
  groups: PlanGroup[];
  byMonth: { month: string; total: number; cumulative: number; isCovered: boolean }[];
  warnings: { code: string; group?: string; details?: Record<string, unknown> }[];
}

export interface Addendum {
  id: number;
  version: number;
  number: string;
  title: string;
  signedOn: string;
  reason: string;
  changes: { field: string; before: unknown; after: unknown }[];
  createdBy: string | null;
  createdAt: string;
}

export interface AgreementDocument { id: number; title: string; filename: string; size: number; sha256: string; uploadedBy: string | null; uploadedAt: string }

export interface AgreementDetail { agreement: Agreement; plan: PlanTotals | null; addenda: Addendum[]; documents: AgreementDocument[] }

export interface FormOptions {
  tenant: { code: string; name: string; provinceCode: string; provinceName: string };
  branches: { code: string; name: string }[];
  mous: { id: number; number: string; title: string }[];
}

export interface WhatIf {
  months?: number;
  budget?: number;
  groups?: { id: number; headcount?: number; wage?: number; riskClass?: RiskClass }[];
}
