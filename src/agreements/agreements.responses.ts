/**
 * Shapes of the agreement answers, as zod schemas for the OpenAPI document (and so the web's generated
 * types) and the response serializer. Loose on content (any stored string goes out as it is), strict on
 * keys: the serializer drops a key a schema lacks, so `responseCovers` in the routes checks at compile
 * time that every key the services return is described here.
 */
import { z } from 'zod';
import { PROGRAMMES, RISK_CLASSES } from './agreements.schemas';

const money = z.number().int();
const instant = z.string().describe('ISO 8601 timestamp');
const riskClass = z.enum(RISK_CLASSES);

const wagePolicy = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ump'), provinceCode: z.string(), year: z.number().int() }),
  z.object({ kind: z.literal('fixed'), amount: money }),
  z.object({ kind: z.literal('declared'), amount: money }),
]);

const person = z.object({
  role: z.enum(['signatory', 'witness']), side: z.enum(['regency', 'bpjs']), name: z.string(), position: z.string(), institution: z.string(),
});

const group = z.object({
  id: z.number().int(), name: z.string(), scheme: z.enum(['pu', 'bpu']), riskClass: riskClass.nullable(),
  funding: z.enum(['apbd', 'apbn', 'self']), sector: z.enum(['transport', 'other']).nullable(),
  targetHeadcount: z.number().int(), wage: wagePolicy,
});

const budget = z.object({ fiscalYear: z.number().int(), account: z.string(), amount: money, dpaNumber: z.string() });

export const agreement = z.object({
  id: z.number().int(), tenantCode: z.string(), kind: z.enum(['mou', 'pks']), parentId: z.number().int().nullable(),
  renewedFromId: z.number().int().nullable(), number: z.string(), title: z.string(),
  status: z.enum(['draft', 'signed', 'active', 'ended']), phase: z.enum(['draft', 'upcoming', 'in_force', 'ended']), inForceFrom: z.string().nullable(), branchCode: z.string(), regencyParty: z.string(),
  dinasName: z.string(), dinasAddress: z.string(), bpjsParty: z.string(), periodStart: z.string(), periodEnd: z.string(),
  fiscalYear: z.number().int().nullable(), programmes: z.array(z.enum(PROGRAMMES)), people: z.array(person),
  groups: z.array(group), budget: budget.nullable(), signedOn: z.string().nullable(), signedPlace: z.string().nullable(),
  note: z.string(), version: z.number().int(), createdAt: instant, updatedAt: instant,
  activatedAt: instant.nullable(), endedAt: instant.nullable(),
});

export const planTotals = z.object({
  total: money, budget: money.nullable(), remaining: money.nullable(), remainingBp: z.number().int().nullable(),
  verdict: z.enum(['no-budget', 'covered', 'exact', 'shortfall']), headcount: z.number().int(),
  headsCarried: z.number().int().nullable(), monthsCarried: z.number().int().nullable(),
});

const planLine = z.object({
  program: z.enum(['JKK', 'JKM']), kind: z.enum(['rate', 'flat', 'discount']), base: money, rateBp: z.number().int().optional(),
  flat: money.optional(), amount: money, rule: z.string(), legalBasis: z.string(), confidence: z.enum(['confirmed', 'unconfirmed']),
});

const planGroup = z.object({
  groupId: z.number().int(), name: z.string(), scheme: z.enum(['pu', 'bpu']), riskClass: riskClass.nullable(), headcount: z.number().int(),
  wage: z.object({ policy: wagePolicy, amount: money, provinceName: z.string().nullable(), rule: z.string().nullable(), legalBasis: z.string().nullable() }),
  perHeadMonthly: money, perHeadVaries: z.boolean(), monthly: money, total: money,
  quota: z.object({ target: z.number().int(), enrolled: z.number().int().nullable(), carried: z.number().int().nullable() }),
  lines: z.array(planLine),
});

export const plan = planTotals.extend({
  source: z.literal('target'), start: z.string(), months: z.number().int(), groups: z.array(planGroup),
  byMonth: z.array(z.object({ month: z.string(), total: money, cumulative: money, isCovered: z.boolean() })),
  warnings: z.array(z.object({ code: z.string(), group: z.string().optional(), details: z.record(z.string(), z.unknown()).optional() })),
});

export const agreementList = z.object({ items: z.array(agreement.extend({ plan: planTotals.nullable(), planError: z.string().optional() })) });

export const documentMeta = z.object({
  id: z.number().int(), title: z.string(), filename: z.string(), contentType: z.string(), size: z.number().int(),
  sha256: z.string(), uploadedBy: z.string().nullable(), uploadedAt: instant,
});

const addendum = z.object({
  id: z.number().int(), version: z.number().int(), number: z.string(), title: z.string(), signedOn: z.string(), reason: z.string(),
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })), createdBy: z.string().nullable(), createdAt: instant,
});

export const agreementDetail = z.object({ agreement, plan: planTotals.nullable(), planError: z.string().optional(), addenda: z.array(addendum), documents: z.array(documentMeta) });

export const formOptions = z.object({
  tenant: z.object({ code: z.string(), name: z.string(), provinceCode: z.string(), provinceName: z.string() }),
  branches: z.array(z.object({ code: z.string(), name: z.string() })),
  mous: z.array(z.object({ id: z.number().int(), number: z.string(), title: z.string() })),
});

export const addendumCreated = z.object({ addendumId: z.number().int(), agreement });
