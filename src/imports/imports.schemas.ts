/** Zod schemas of the import API: validation, TypeScript types and OpenAPI in one place. */
import { WORKER_GROUPS } from '../domain/worker-group';
import { z } from 'zod';
import { tenantCodeParam } from '../http/types';

export const groupSchema = z.enum(WORKER_GROUPS);
export const tenantParams = z.object({ code: tenantCodeParam });
export const batchParams = tenantParams.extend({ id: z.coerce.number().int() });
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const uploadQuery = z.object({
  group: groupSchema,
  sheet: z.string().trim().min(1).max(100).optional(),
  opdId: z.coerce.number().int().optional(),
  villageCode: z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/).optional(),
  dryRun: flag.optional(),
});

export const summarySchema = z.object({
  batchId: z.number().nullable(), rows: z.number(), accepted: z.number(), rejected: z.number(), warnings: z.number(),
  duplicates: z.object({ inFile: z.number(), inRegistry: z.number(), fuzzy: z.number() }), errorsFile: z.string().nullable(),
});

export const uploadResponse = z.object({
  jobId: z.number().nullable(), batchId: z.number().nullable(), reused: z.boolean(), summary: summarySchema.nullable(),
});

export const batchSchema = summarySchema.extend({
  batchId: z.number(),
  tenantCode: z.string(), group: groupSchema, status: z.enum(['staged', 'approved', 'discarded']),
  file: z.object({ name: z.string(), bytes: z.number(), sha256: z.string(), format: z.enum(['csv', 'xlsx']), sheet: z.string().nullable(), encoding: z.string().nullable(), delimiter: z.string().nullable() }),
  headerRow: z.number(), columns: z.array(z.object({ field: z.string(), header: z.string(), label: z.string() })),
  unknownColumns: z.array(z.string()), notes: z.array(z.object({ code: z.string(), message: z.string() })),
  opdId: z.number().nullable(), villageCode: z.string().nullable(), rulesOn: z.string(),
  createdBy: z.string().nullable(), createdAt: z.string(), decidedBy: z.string().nullable(), decidedAt: z.string().nullable(),
  approval: z.record(z.string(), z.number()).nullable(),
  /** When the retention purge removed the staged rows (rows page and error sheet then answer 410). */
  rowsPurgedAt: z.string().nullable(),
});

export const listQuery = z.object({
  status: z.enum(['staged', 'approved', 'discarded']).optional(), limit: z.coerce.number().int().min(1).max(200).default(50), before: z.coerce.number().int().optional(),
});

const issue = z.object({ column: z.string().nullable(), code: z.string(), message: z.string() });
export const rowsQuery = z.object({
  status: z.enum(['accepted', 'rejected', 'duplicate', 'fuzzy', 'warning', 'problem']).optional(),
  after: z.coerce.number().int().min(0).default(0), limit: z.coerce.number().int().min(1).max(500).default(100), revealNik: flag.optional(),
});
export const rowsResponse = z.object({
  items: z.array(z.object({
    rowNo: z.number(), status: z.enum(['accepted', 'rejected', 'duplicate']), nik: z.string().nullable(), name: z.string().nullable(),
    birthDate: z.string().nullable(), sex: z.string().nullable(), villageCode: z.string().nullable(), opdId: z.number().nullable(),
    wage: z.number().nullable(), income: z.number().nullable(), occupation: z.string().nullable(), position: z.string().nullable(),
    reasons: z.array(issue), warnings: z.array(issue), cells: z.array(z.string()).nullable(),
    matches: z.array(z.object({ otherRow: z.number().nullable(), otherPersonId: z.number().nullable(), score: z.number(), signals: z.array(z.string()) })),
  })),
  nextAfter: z.number().nullable(),
});

/** What an approval registered: the approve job's result, or the answer at once for an approved batch. */
export const approvalResult = summarySchema.extend({
  status: z.enum(['staged', 'approved', 'discarded']), alreadyApproved: z.boolean(), registered: z.record(z.string(), z.number()).nullable(),
});

/** The approve route's answer, like uploadResponse: a job to poll (202), or the result at once (200, already approved). */
export const approveResponse = z.object({
  jobId: z.number().nullable(), batchId: z.number(), alreadyApproved: z.boolean(), result: approvalResult.nullable(),
});
