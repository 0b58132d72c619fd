/** Zod schemas of the billing API (CONTRACTS.md "Billing HTTP API"): validation, types and the OpenAPI document. */
import { z } from 'zod';
import { tenantCodeParam } from '../http/types';

const id = z.coerce.number().int().positive();
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
const date = z.string();
const scheme = z.enum(['pu', 'bpu']);
const lineKind = z.enum(['regular', 'susulan', 'pengurangan']);
const billStatus = z.enum(['terbit', 'belum-bayar', 'lewat-jatuh-tempo', 'lunas', 'kurang-bayar']);

export const tenantParams = z.object({ code: tenantCodeParam });
export const billParams = tenantParams.extend({ id });
export const lineParams = billParams.extend({ participationId: id });

export const runBody = z.object({ month, agreementId: id.optional() });
export const runResponse = z.object({
  month: z.string(), created: z.number().describe('bills created by this run (0 when the month was billed already)'),
  bills: z.array(z.object({ id: z.number(), number: z.string(), agreementId: z.number(), groupId: z.number(), participants: z.number(), amount: z.number(), dueDate: date })),
});

export const billsQuery = z.object({ agreementId: id.optional(), month: month.optional(), status: billStatus.optional() });
export const billItem = z.object({
  id: z.number(), number: z.string(), month: z.string(), agreementId: z.number(), groupId: z.number(), groupName: z.string(), scheme,
  kind: z.enum(['regular', 'correction']), participants: z.number(), amount: z.number(), paid: z.number(), outstanding: z.number(),
  lateFee: z.number(), status: billStatus.describe('from dates until payments settle the bill'), dueOn: date,
});
export const billsResponse = z.object({ items: z.array(billItem) });
export const billDetail = billItem.extend({
  issuedAt: z.string(), dueRuleIds: z.array(z.string()), programmes: z.object({ JKK: z.number(), JKM: z.number(), JHT: z.number() }), example: z.boolean(),
  byUnit: z.array(z.object({ unitKind: z.enum(['opd', 'village']), code: z.string(), name: z.string(), participants: z.number(), amount: z.number() })),
});

export const linesQuery = z.object({
  opdId: id.optional(), villageCode: z.string().max(20).optional(), kind: lineKind.optional(), q: z.string().max(40).optional().describe('NIK prefix'),
  limit: z.coerce.number().int().min(1).max(1000).default(50), offset: z.coerce.number().int().min(0).default(0),
});
export const linesResponse = z.object({
  total: z.number(),
  items: z.array(z.object({
    participationId: z.number(), nikMasked: z.string(), name: z.string(), month: z.string(), kind: lineKind, base: z.number(), baseSource: z.string(),
    scheme, riskClass: z.string().nullable(), programmes: z.object({ JKK: z.number(), JKM: z.number(), JHT: z.number() }), amount: z.number(),
    ruleIds: z.array(z.string()), reason: z.string().nullable().describe('participation-ended | participation-added | participation-refused | coverage-changed'),
    reasonOn: date.nullable(),
  })),
});

export const explanationQuery = z.object({ month });
export const explanationResponse = z.object({
  lines: z.array(z.object({ code: z.string(), label: z.string(), amount: z.number(), basis: z.string(), ruleId: z.string(), rateBp: z.number().optional(), flat: z.number().optional() })),
  inputs: z.object({
    month: z.string(), kind: lineKind, base: z.number(), baseSource: z.string(), scheme, riskClass: z.string().nullable(), funding: z.string(),
    ruleIds: z.array(z.string()), reason: z.string().nullable(), reasonOn: date.nullable(), amount: z.number(), rounding: z.string(),
  }),
});
