/**
 * Inputs of the public calculations, as zod schemas: one definition serving request validation, the
 * TypeScript types of calc.service.ts, the OpenAPI document, and the CLI's plan-file check.
 * Money is integer rupiah (floats are refused); dates 'YYYY-MM-DD', months 'YYYY-MM'.
 */
import { z } from 'zod';
import { isoDate as dateSchema } from '../http/date-schema';

export const SCHEMES = ['pu', 'bpu'] as const;
export const RISK_CLASSES = ['very-low', 'low', 'medium', 'high', 'very-high'] as const;
export const FUNDINGS = ['apbd', 'apbn', 'self'] as const;
export const SECTORS = ['transport', 'other'] as const;

export const isoDate = dateSchema();
export const isoMonth = z.string().regex(/^\d{4}-\d{2}$/, 'YYYY-MM');
export const rupiahInput = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
/** The day rules are evaluated on; today when absent. */
const on = isoDate.optional().describe('day the rules are evaluated on (default: today)');

export const contributionInput = z.object({
  scheme: z.enum(SCHEMES),
  wage: rupiahInput.describe('monthly wage (PU) or declared income (BPU), rupiah'),
  risk: z.enum(RISK_CLASSES).default('very-low'),
  jkp: z.boolean().default(false).describe('PU participant also in JKP (PP 49/2023 rates)'),
  funding: z.enum(FUNDINGS).default('self').describe('who pays: apbd, apbn or the participant (self)'),
  sector: z.enum(SECTORS).default('other'),
  on,
});

export const jkmInput = z.object({
  scheme: z.enum(SCHEMES).default('pu'),
  contributionMonths: z.number().int().min(0).max(1200),
  on,
});

export const wageBenefitInput = z.object({ wage: rupiahInput, on });

export const disabilityInput = wageBenefitInput.extend({
  kind: z.enum(['total', 'partial']),
  /** Partial: the table percentage of the lost body part (decimals allowed, e.g. 2.5). */
  percent: z.number().min(0).max(100).optional(),
  /** Partial, functional: the loss-of-function percentage. */
  functionLossPercent: z.number().min(0).max(100).optional(),
});

export const stmbInput = wageBenefitInput.extend({ months: z.number().int().min(0).max(600) });

export const planGroupInput = z.object({
  name: z.string().trim().min(1).max(100),
  scheme: z.enum(SCHEMES),
  risk: z.enum(RISK_CLASSES).optional(),
  jkp: z.boolean().optional(),
  funding: z.enum(FUNDINGS).optional(),
  sector: z.enum(SECTORS).optional(),
  headcount: z.number().int().min(0).max(100_000_000),
  wage: rupiahInput,
});

export const planInput = z.object({
  start: isoMonth.describe('first contribution month'),
  months: z.number().int().min(1).max(600),
  budget: rupiahInput,
  groups: z.array(planGroupInput).min(1).max(50),
});

export const nikInput = z.object({
  nik: z.string().max(40),
  birthDate: isoDate.optional(),
  sex: z.enum(['L', 'P']).optional(),
  on,
});

export const rulesQuery = z.object({ on });

export type ContributionInput = z.output<typeof contributionInput>;
export type JkmInput = z.output<typeof jkmInput>;
export type WageBenefitInput = z.output<typeof wageBenefitInput>;
export type DisabilityInput = z.output<typeof disabilityInput>;
export type StmbInput = z.output<typeof stmbInput>;
export type PlanInput = z.output<typeof planInput>;
export type NikInput = z.output<typeof nikInput>;
