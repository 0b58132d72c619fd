/**
 * Shapes of the calculation answers, as zod schemas for the OpenAPI document and the response
 * serializer. Every amount is integer rupiah and every line carries the rule id, legal basis and
 * confidence that explain it; totals come with their words (terbilang) in both languages.
 */
import { z } from 'zod';

const money = z.number().int();
/** Readonly arrays: the domain hands out readonly results. */
const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();
const citation = {
  rule: z.string().describe('rule row id, e.g. pu.jkk.rate.very-low[jkp=no]@2015-07-01'),
  legalBasis: z.string(),
  confidence: z.enum(['confirmed', 'unconfirmed']),
};
export const inWords = z.object({ id: z.string(), en: z.string() }).describe('terbilang');
const message = z.object({ code: z.string(), message: z.string() });

export const contributionLine = z.object({
  program: z.enum(['JKK', 'JKM']), kind: z.enum(['rate', 'flat', 'discount']), amount: money, base: money,
  rateBp: z.number().int().optional(), flat: money.optional(), discountBp: z.number().int().optional(),
  rounding: z.string(), ...citation,
});
const warning = message.extend({ details: z.record(z.string(), z.union([z.number(), z.string()])), ...citation });

export const contributionResult = z.object({
  on: z.string(), scheme: z.enum(['pu', 'bpu']), base: money, jkk: money, jkm: money, total: money,
  lines: list(contributionLine), warnings: list(warning), totalInWords: inWords,
});

const benefitLine = z.object({
  component: z.string(), amount: money, wage: money.optional(), multiplier: z.number().int().optional(),
  rateBp: z.number().int().optional(), months: z.number().int().optional(), percents: list(z.string()).optional(),
  fromMonth: z.number().int().optional(), toMonth: z.number().int().optional(), monthly: money.optional(), ...citation,
});

const scholarship = z.object({
  eligible: z.boolean(), reason: z.enum(['work-accident', 'contribution-months', 'too-few-months']),
  maxChildren: z.number().int(), maxPerChild: money, maxTotal: money,
  levels: list(z.object({ level: z.string(), perYear: money, maxYears: z.number().int() })),
  rules: list(z.string()),
});

const benefitBase = { on: z.string(), lines: list(benefitLine), totalInWords: inWords };

export const jkmResult = z.object({
  ...benefitBase, lumpSum: money, periodic: money, funeral: money, total: money, isFullBenefit: z.boolean(), scholarship,
});
export const jkkDeathResult = z.object({
  ...benefitBase, lumpSum: money.describe('48 × wage'), wageBenefit: money, periodic: money, funeral: money, total: money, scholarship,
});
export const disabilityResult = z.object({ ...benefitBase, kind: z.enum(['total', 'partial']), amount: money, scholarship: scholarship.nullable() });
export const stmbResult = z.object({ ...benefitBase, amount: money });

const planGroup = z.object({
  name: z.string(), scheme: z.enum(['pu', 'bpu']), headcount: z.number().int(), perHeadMonthly: money,
  perHeadVaries: z.boolean(), total: money, lines: list(contributionLine), warnings: list(warning),
});
const planMonth = z.object({
  month: z.string(), on: z.string(), total: money,
  groups: list(z.object({ name: z.string(), perHead: money, total: money })),
});

export const planResult = z.object({
  start: z.string(), monthCount: z.number().int(), total: money, budget: money,
  remaining: money.describe('budget − total: negative is a shortfall'), remainingBp: z.number().int(),
  verdict: z.enum(['shortfall', 'surplus', 'balanced']),
  headsCarried: z.number().int().nullable(), monthsCarried: z.number().int(),
  perHeadVaries: z.boolean().describe('a rule changes inside the period: see months'),
  groups: list(planGroup), months: list(planMonth),
  totalInWords: inWords, remainingInWords: inWords.describe('the absolute shortfall or surplus, in words'),
});

const region = z.object({ code: z.string(), name: z.string() }).nullable();
export const nikResult = z.object({
  valid: z.boolean(), province: region, regency: region, district: region,
  birthDate: z.string().nullable(), sex: z.enum(['L', 'P']).nullable(),
  errors: list(message), warnings: list(message),
});

export const rulesResult = z.object({
  on: z.string(),
  items: list(z.object({
    id: z.string(), key: z.string(), value: z.number().int(), unit: z.string(), effectiveFrom: z.string(),
    effectiveTo: z.string().nullable(), legalBasis: z.string(), confidence: z.enum(['confirmed', 'unconfirmed']),
    note: z.string().optional(), scope: z.record(z.string(), z.string()),
  })),
});
