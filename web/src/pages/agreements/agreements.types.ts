// The agreement API's shapes, named from the types generated from the server's OpenAPI document
// (src/agreements/agreements.schemas.ts, agreements.responses.ts → web/src/api/schema.gen.ts).
import type { BodyOf, ResponseOf } from '../../api/types';

type One = '/api/v1/tenants/{code}/agreements/{id}';

export type Agreement = ResponseOf<One, 'patch'>;
export type AgreementDetail = ResponseOf<One, 'get'>;
export type PlanTotals = NonNullable<AgreementDetail['plan']>;
export type Plan = ResponseOf<`${One}/plan`, 'get'>;
export type PlanGroup = Plan['groups'][number];
export type PlanVerdict = Plan['verdict'];
export type Addendum = AgreementDetail['addenda'][number];
export type AgreementDocument = AgreementDetail['documents'][number];
export type FormOptions = ResponseOf<'/api/v1/tenants/{code}/agreements/options', 'get'>;
export type AgreementStatus = Agreement['status'];
export type AgreementPhase = Agreement['phase'];
export type Programme = Agreement['programmes'][number];
export type WagePolicy = Agreement['groups'][number]['wage'];
export type WhatIf = BodyOf<`${One}/plan/what-if`, 'post'>;

/** The editable terms as the create/edit form sends them (an addendum's changes are a part of them). */
export type AgreementTerms = Required<BodyOf<One, 'patch'>>;
export type Person = AgreementTerms['people'][number];
export type Group = AgreementTerms['groups'][number];
export type Budget = NonNullable<AgreementTerms['budget']>;
export type RiskClass = NonNullable<Group['riskClass']>;

// A record over `RiskClass` names each class exactly once, so a class the server adds fails the type-check.
const RISK_ORDER: Record<RiskClass, number> = { 'very-low': 0, low: 1, medium: 2, high: 3, 'very-high': 4 };
export const RISK_CLASSES = (Object.keys(RISK_ORDER) as RiskClass[]).sort((a, b) => RISK_ORDER[a] - RISK_ORDER[b]);
