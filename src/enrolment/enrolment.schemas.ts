/** Zod schemas of the enrolment API: validation, types and the OpenAPI document (the web client is generated from it). */
import { z } from 'zod';
import { tenantCodeParam } from '../http/types';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const id = z.coerce.number().int().positive();
const status = z.enum(['calon', 'diajukan', 'aktif', 'berakhir', 'ditolak']);
const endReason = z.enum(['meninggal', 'berhenti', 'pindah', 'tidak-memenuhi-syarat', 'akhir-pks']);

export const tenantParams = z.object({ code: tenantCodeParam });
export const idParams = tenantParams.extend({ id });

export const participantsQuery = z.object({
  nik: z.string().regex(/^\d{16}$/).optional(), agreementId: id.optional(), groupId: id.optional(), status: status.optional(),
  opdId: id.optional(), villageCode: z.string().max(20).optional(), personId: id.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(50), offset: z.coerce.number().int().min(0).default(0),
  revealNik: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});

export const participantSchema = z.object({
  id: z.number(), personId: z.number(), nik: z.string(), nikMasked: z.boolean(), name: z.string(),
  status: status.describe('status as of today (a PKS that ended shows its participants berakhir/akhir-pks)'), storedStatus: status, endReason: endReason.nullable(),
  kpj: z.string().nullable(), agreementId: z.number(), agreementNumber: z.string(), groupId: z.number(), groupName: z.string(),
  workerGroup: z.enum(['non-asn', 'rentan']), opdId: z.number().nullable(), villageCode: z.string().nullable(), programmes: z.array(z.string()),
  startsOn: isoDate, coverageFrom: isoDate.nullable(), coverageTo: isoDate, endedOn: isoDate.nullable(), refusalReason: z.string().nullable(),
  batchId: z.number().nullable(), replacesId: z.number().nullable(), example: z.boolean(),
});

export const participantsResponse = z.object({ total: z.number(), items: z.array(participantSchema) });

export const historyItem = z.object({
  at: z.string(), actor: z.string().nullable(), action: z.string(), fromStatus: status.nullable(), toStatus: status, batchId: z.number().nullable(),
  changes: z.record(z.string(), z.unknown()),
});
export const participantDetail = participantSchema.extend({ history: z.array(historyItem) });

export const endBody = z.object({ on: isoDate, reason: z.enum(['meninggal', 'berhenti', 'pindah', 'tidak-memenuhi-syarat']) });

export const enrolBody = z.object({
  agreementId: id, groupId: id.optional(), from: isoDate.optional().describe('coverage asked from (default: today within the PKS period)'),
  personIds: z.array(id).min(1).max(10_000).optional().describe('hand-picked persons: enrolled all or none (quota, other regency)'),
});
const groupCount = z.object({ groupId: z.number(), quota: z.number(), active: z.number(), free: z.number() });
export const enrolResponse = z.object({
  enrolled: z.number(), waitlisted: z.number(), groups: z.array(groupCount), participationIds: z.array(z.number()),
  refused: z.array(z.object({ personId: z.number(), nik: z.string(), regencyCode: z.string(), regencyName: z.string() })),
});

export const groupsResponse = z.object({
  agreementId: z.number(), on: isoDate,
  groups: z.array(z.object({ groupId: z.number(), name: z.string(), scheme: z.enum(['pu', 'bpu']), quota: z.number(), active: z.number(), waiting: z.number(), free: z.number() })),
});

export const waitlistQuery = z.object({ agreementId: id, groupId: id.optional(), limit: z.coerce.number().int().min(1).max(1000).default(50), offset: z.coerce.number().int().min(0).default(0) });
export const waitlistResponse = z.object({
  groupId: z.number(), order: z.enum(['decile-then-registered', 'registered']), total: z.number(),
  items: z.array(z.object({ position: z.number(), personId: z.number(), nik: z.string(), name: z.string(), welfareDecile: z.number().nullable(), registeredAt: z.string(), opdId: z.number().nullable(), villageCode: z.string().nullable() })),
});
export const settingsBody = z.object({ waitlistOrder: z.enum(['decile-then-registered', 'registered']) });

export const batchSchema = z.object({
  id: z.number(), kind: z.enum(['registration', 'non-active']), agreementId: z.number().nullable(), template: z.string().describe('NAME@VERSION'),
  participants: z.number(), status: z.enum(['open', 'answered']), createdBy: z.string().nullable(), createdAt: z.string(), answeredAt: z.string().nullable(),
});
export const batchCreateBody = z.object({ agreementId: id });
export const exportQuery = z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') });

export const answerResult = z.object({
  answerId: z.number(), rows: z.number(), activated: z.number(), refused: z.number(), unmatched: z.number(), invalid: z.number(), duplicates: z.number(),
  alreadyImported: z.boolean(), fileName: z.string(),
});
export const answerDetail = answerResult.extend({
  createdAt: z.string(), createdBy: z.string().nullable(),
  items: z.array(z.object({ rowNo: z.number(), nik: z.string().nullable(), kpj: z.string().nullable(), outcome: z.enum(['activated', 'refused', 'unmatched', 'invalid', 'duplicate', 'unchanged']), reason: z.string().nullable(), participationId: z.number().nullable() })),
});

export const templatesResponse = z.object({
  items: z.array(z.object({ name: z.string(), version: z.number(), kind: z.enum(['registration', 'non-active', 'answer']), title: z.string(), confirmed: z.boolean(), sourceNote: z.string(), effectiveFrom: z.string(), columns: z.unknown() })),
});
