/** Zod schemas of the heirs and documents API: validation, types and the OpenAPI document (the web client is generated from it). */
import { z } from 'zod';
import { SCHOOL_LEVELS } from '../domain/heir';
import { isoDate } from '../http/date-schema';
import { tenantCodeParam } from '../http/types';

const id = z.coerce.number().int().positive();
const words = z.object({ id: z.string(), en: z.string() });
const confidence = z.enum(['confirmed', 'unconfirmed']);
const schoolLevel = z.enum(SCHOOL_LEVELS as [string, ...string[]] as ['tk', 'sd', 'smp', 'sma', 's1']);

export const claimParams = z.object({ code: tenantCodeParam, id });
export const heirParams = claimParams.extend({ heirId: id });
export const documentParams = claimParams.extend({ documentId: id });

export const heirsQuery = z.object({ revealNik: z.enum(['true', 'false']).transform((v) => v === 'true').optional() });

export const heirBody = z.object({
  name: z.string().trim().min(1).max(200), relation: z.string().min(1).max(40), nik: z.string().trim().max(20), birthDate: isoDate(),
  bankName: z.string().trim().max(100).nullable().optional(), bankAccount: z.string().trim().max(40).nullable().optional(),
  schoolLevel: schoolLevel.nullable().optional(), married: z.boolean().optional(), working: z.boolean().optional(),
});

export const heirSchema = z.object({
  id: z.number(), name: z.string(), relation: z.string(), relationLabel: words, rank: z.number(),
  entitled: z.boolean().describe('first in line among the recorded heirs'), legalBasis: z.string(), confidence,
  nik: z.string(), nikMasked: z.boolean(), birthDate: z.string(), sex: z.enum(['L', 'P']), bankName: z.string().nullable(),
  bankAccount: z.string().nullable().describe('masked for roles without nik:full'), schoolLevel: schoolLevel.nullable(),
  married: z.boolean(), working: z.boolean(), isChild: z.boolean(),
});
export const heirsResponse = z.object({ items: z.array(heirSchema) });

export const relationsResponse = z.object({
  items: z.array(z.object({ code: z.string(), rank: z.number(), isChild: z.boolean(), label: words, legalBasis: z.string(), confidence })),
});

const documentStatus = z.enum(['received', 'verified', 'rejected']);
export const documentMeta = z.object({
  id: z.number(), requirementCode: z.string(), heirId: z.number().nullable(), filename: z.string(),
  contentType: z.enum(['application/pdf', 'image/jpeg', 'image/png']), size: z.number(), sha256: z.string(), status: documentStatus,
  note: z.string().nullable(), uploadedBy: z.string(), uploadedAt: z.string(), decidedBy: z.string().nullable(), decidedAt: z.string().nullable(),
});

export const checklistResponse = z.object({
  claimId: z.number(), complete: z.boolean().describe('every required document received and verified'), legalBasis: z.string(), confidence,
  items: z.array(z.object({
    code: z.string(), heirId: z.number().nullable(), label: words, required: z.boolean(),
    status: z.enum(['missing', 'received', 'verified']), documentIds: z.array(z.number()),
  })),
  documents: z.array(documentMeta),
});

export const uploadQuery = z.object({
  requirementCode: z.string().min(1).max(60), heirId: id.optional(), filename: z.string().min(1).max(300),
});

export const decisionBody = z.object({ verdict: z.enum(['verified', 'rejected']), note: z.string().trim().max(500).optional() });
