/**
 * One zod schema per agreement payload: request validation, TypeScript types and OpenAPI at once.
 * No defaults inside the base object, so a PATCH (all fields optional) never overwrites a field the
 * caller left out; the create service fills defaults itself.
 */
import { z } from 'zod';
import { isoDate as dateWithin } from '../http/date-schema';

const text = (max: number) => z.string().trim().min(1).max(max);
// Agreements under Inpres 2/2021 start this century; a year like 2205 or 9999 is a typo, refused here
const isoDate = dateWithin({ min: '2000-01-01', max: '2100-12-31' });
const year = z.number().int().min(2000).max(2100);
const amount = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const RISK_CLASSES = ['very-low', 'low', 'medium', 'high', 'very-high'] as const;
export const PROGRAMMES = ['JKK', 'JKM', 'JHT'] as const;

export const personSchema = z.object({
  role: z.enum(['signatory', 'witness']),
  side: z.enum(['regency', 'bpjs']),
  name: text(200),
  position: text(300),
  institution: text(300),
});

export const wagePolicySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ump'), provinceCode: z.string().regex(/^\d{2}$/), year }),
  z.object({ kind: z.literal('fixed'), amount }),
  z.object({ kind: z.literal('declared'), amount }),
]);

export const groupSchema = z.object({
  /** An existing group's id keeps its identity (and later its participants) across edits. */
  id: z.number().int().optional(),
  name: text(200),
  scheme: z.enum(['pu', 'bpu']),
  riskClass: z.enum(RISK_CLASSES).nullable().optional(),
  funding: z.enum(['apbd', 'apbn', 'self']).optional(),
  sector: z.enum(['transport', 'other']).nullable().optional(),
  targetHeadcount: z.number().int().min(0).max(10_000_000),
  wage: wagePolicySchema,
});

export const budgetSchema = z.object({
  fiscalYear: year,
  account: z.string().trim().max(200),
  amount,
  dpaNumber: z.string().trim().max(200),
});

const agreementFields = z.object({
  parentId: z.number().int().nullable(),
  number: text(200),
  title: text(500),
  branchCode: text(50),
  regencyParty: text(500),
  dinasName: text(300),
  dinasAddress: z.string().trim().max(500),
  bpjsParty: text(500),
  periodStart: isoDate,
  periodEnd: isoDate,
  fiscalYear: year.nullable(),
  programmes: z.array(z.enum(PROGRAMMES)).min(1),
  people: z.array(personSchema).max(20),
  groups: z.array(groupSchema).max(50),
  budget: budgetSchema.nullable(),
  note: z.string().max(2000),
});

export const agreementCreateSchema = agreementFields.partial().extend({
  kind: z.enum(['mou', 'pks']),
  number: text(200),
  title: text(500),
  branchCode: text(50),
  periodStart: isoDate,
  periodEnd: isoDate,
});

export const agreementPatchSchema = agreementFields.partial();

export const addendumSchema = z.object({
  number: text(200),
  title: text(500),
  signedOn: isoDate,
  reason: z.string().trim().max(2000).default(''),
  changes: agreementPatchSchema,
});

export const signSchema = z.object({ signedOn: isoDate, signedPlace: text(200) });

export const whatIfSchema = z.object({
  months: z.number().int().min(1).max(600).optional(),
  budget: amount.optional(),
  groups: z.array(z.object({
    id: z.number().int(),
    headcount: z.number().int().min(0).max(10_000_000).optional(),
    wage: amount.optional(),
    riskClass: z.enum(RISK_CLASSES).optional(),
  })).max(50).optional(),
});

export const renewSchema = z.object({ number: text(200).optional(), title: text(500).optional() });

export type Person = z.infer<typeof personSchema>;
export type GroupInput = z.infer<typeof groupSchema>;
export type BudgetInput = z.infer<typeof budgetSchema>;
export type AgreementCreate = z.infer<typeof agreementCreateSchema>;
export type AgreementPatch = z.infer<typeof agreementPatchSchema>;
export type AddendumInput = z.infer<typeof addendumSchema>;
export type WhatIf = z.infer<typeof whatIfSchema>;
