/** Zod schemas of the registry API (validation, types, OpenAPI). */
import { WORKER_GROUPS } from '../domain/worker-group';
import { z } from 'zod';
import { isoDate } from '../http/date-schema';
import { tenantCodeParam } from '../http/types';

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
export const tenantParams = z.object({ code: tenantCodeParam });
export const personParams = tenantParams.extend({ id: z.coerce.number().int() });

export const searchQuery = z.object({
  q: z.string().trim().max(100).optional(),
  group: z.enum(WORKER_GROUPS).optional(),
  opdId: z.coerce.number().int().optional(),
  villageCode: z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/).optional(),
  status: z.enum(['active', 'inactive', 'merged']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  revealNik: flag.optional(),
});

export const membershipSchema = z.object({
  id: z.number(), group: z.enum(WORKER_GROUPS), status: z.enum(['active', 'ended']), opdId: z.number().nullable(), opdName: z.string().nullable(),
  position: z.string().nullable(), wage: z.number().nullable(), employmentStart: z.string().nullable(), occupation: z.string().nullable(),
  villageCode: z.string().nullable(), villageName: z.string().nullable(), declaredIncome: z.number().nullable(), welfareDecile: z.number().nullable(),
  startedOn: z.string(), endedOn: z.string().nullable(), batchId: z.number().nullable(),
});

const personStatus = z.enum(['active', 'inactive', 'merged']);
const identity = { id: z.number(), nik: z.string(), nikMasked: z.boolean(), phone: z.string().nullable(), name: z.string(), birthDate: z.string(), sex: z.enum(['L', 'P']) };

export const searchResponse = z.object({
  total: z.number(),
  items: z.array(z.object({ ...identity, villageCode: z.string().nullable(), status: personStatus, mergedInto: z.number().nullable(), score: z.number(), memberships: z.array(membershipSchema) })),
});

export const personSchema = z.object({
  ...identity, birthPlace: z.string().nullable(), motherName: z.string().nullable(), address: z.string().nullable(), villageCode: z.string().nullable(),
  villageName: z.string().nullable(), status: personStatus, mergedInto: z.number().nullable(), createdAt: z.string(), updatedAt: z.string(),
  memberships: z.array(membershipSchema),
});

export const historyResponse = z.object({ items: z.array(z.object({ at: z.string(), actor: z.string().nullable(), action: z.string(), changes: z.record(z.string(), z.unknown()) })) });

const nullableText = (max: number) => z.string().trim().max(max).nullable().optional();
export const patchBody = z.object({
  name: z.string().trim().min(2).max(150).optional(), birthPlace: nullableText(100), motherName: nullableText(150), address: nullableText(300),
  villageCode: z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/).nullable().optional(), phone: z.string().regex(/^0\d{8,13}$/).nullable().optional(),
  status: z.enum(['active', 'inactive']).optional(),
});

// memberships exist since the programme began under Inpres 2/2021; an end day is never centuries away
export const endBody = z.object({ endedOn: isoDate({ min: '2000-01-01', max: '2100-12-31' }) });

const side = z.object({
  ...identity, birthPlace: z.string().nullable(), address: z.string().nullable(), villageCode: z.string().nullable(), villageName: z.string().nullable(),
  status: z.string(), memberships: z.array(membershipSchema),
});
export const reviewsQuery = z.object({
  status: z.enum(['pending', 'merged', 'kept']).optional(), limit: z.coerce.number().int().min(1).max(200).default(50), offset: z.coerce.number().int().min(0).default(0),
});
export const reviewsResponse = z.object({
  total: z.number(),
  items: z.array(z.object({
    id: z.number(), score: z.number(), signals: z.array(z.string()), status: z.enum(['pending', 'merged', 'kept']), batchId: z.number().nullable(),
    keptPersonId: z.number().nullable(), decidedBy: z.string().nullable(), decidedAt: z.string().nullable(), note: z.string().nullable(), createdAt: z.string(),
    person: side, other: side,
  })),
});
export const decisionBody = z.object({ decision: z.enum(['merge', 'keep-separate']), keepPersonId: z.number().int().optional(), note: z.string().trim().max(500).optional() });
