/** Zod schemas of the claims API: validation, types and the OpenAPI document (the web client is generated from it). */
import { z } from 'zod';
import { CLAIM_STATUSES, CLAIM_TYPES } from '../domain/claim-types';
import { tenantCodeParam } from '../http/types';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const id = z.coerce.number().int().positive();
const money = z.number().int().nonnegative();
export const claimType = z.enum(CLAIM_TYPES);
export const claimStatus = z.enum(CLAIM_STATUSES);
const level = z.enum(['tk', 'sd', 'smp', 'sma', 's1']);

export const tenantParams = z.object({ code: tenantCodeParam });
export const claimIdParams = tenantParams.extend({ id });

export const fileBody = z.object({
  nik: z.string().regex(/^\d{16}$/), type: claimType, incidentDate: isoDate,
  percent: z.union([z.number().min(0).max(100), z.string().regex(/^\d{1,3}(\.\d+)?$/)]).optional().describe('partial disability: table percentage'),
  functionLossPercent: z.union([z.number().min(0).max(100), z.string().regex(/^\d{1,3}(\.\d+)?$/)]).optional(),
  months: z.number().int().min(0).max(600).optional().describe('STMB: months of incapacity'),
  children: z.number().int().min(0).max(20).optional(), childLevels: z.array(level).max(20).optional(),
  medicalCost: money.optional(), homeCareCost: money.optional(), transportMode: z.enum(['land', 'sea', 'air']).optional(), transportCost: money.optional(),
  chronology: z.string().max(4000).optional(), trafficAccident: z.boolean().optional(),
});

export const advanceBody = z.object({
  to: claimStatus.exclude(['dilaporkan']), on: isoDate.optional(), amount: money.optional().describe('BPJS approved (disetujui) or paid (dibayar) amount'),
  reason: z.string().max(1000).optional().describe('rejection reason (ditolak)'),
});

export const listQuery = z.object({
  status: claimStatus.optional(), type: claimType.optional(), year: z.coerce.number().int().min(2000).max(2100).optional(),
  participationId: id.optional(), limit: z.coerce.number().int().min(1).max(1000).default(50), offset: z.coerce.number().int().min(0).default(0),
  q: z.string().trim().max(40).optional().describe('part of the claim number, or a whole 16-digit NIK'),
});

const line = z.object({ code: z.string(), label: z.string(), amount: z.number(), basis: z.string(), rule: z.string(), confidence: z.enum(['confirmed', 'unconfirmed']) });
const deadline = z.object({
  code: z.enum(['report-bpjs', 'bpjs-payment']), due: isoDate, metOn: isoDate.nullable(), overdue: z.boolean(), daysLate: z.number(),
  latePenalty: z.number().describe('1% of the benefit per day late (PP 44/2015 art. 37); bpjs-payment only'), rule: z.string(), basis: z.string(),
  confidence: z.enum(['confirmed', 'unconfirmed']),
});
const event = z.object({ from: z.string().nullable(), status: z.string(), on: isoDate, amount: z.number().nullable(), note: z.string(), actor: z.string().nullable(), at: z.string() });

export const claimItemSchema = z.object({
  claimId: z.number(), number: z.string(), tenantCode: z.string(), type: claimType, programme: z.enum(['JKK', 'JKM']), status: claimStatus,
  participationId: z.number(), participantName: z.string().describe("the participant's name in the registry"), nikMasked: z.string(), workerGroup: z.enum(['non-asn', 'rentan']), scheme: z.enum(['pu', 'bpu']),
  groupId: z.number(), opdId: z.number().nullable(), villageCode: z.string().nullable(),
  incidentDate: isoDate, reportedOn: isoDate, eligible: z.boolean(), reasons: z.array(z.string()),
  reasonTexts: z.array(z.object({ code: z.string(), message: z.string() })),
  wageBase: z.number().nullable().describe("the bill line's base for the incident month (never typed in)"),
  wageBaseSource: z.object({ billId: z.number(), billNumber: z.string(), baseSource: z.string(), month: z.string() }).passthrough().nullable(),
  contributionMonths: z.number().nullable(),
  benefit: z.object({ total: z.number(), lines: z.array(line) }),
  chronology: z.string(), trafficAccident: z.boolean(),
  documentsCompleteOn: isoDate.nullable(), submittedOn: isoDate.nullable(), approvedOn: isoDate.nullable(), approvedAmount: z.number().nullable(),
  amountDiffers: z.boolean().describe("BPJS's approved amount differs from Lindung's computed benefit"), amountDifference: z.number(),
  rejectedOn: isoDate.nullable(), rejectedReason: z.string().nullable(), paidOn: isoDate.nullable(), paidAmount: z.number().nullable(),
  deadlines: z.array(deadline), timeline: z.array(event), example: z.boolean(),
});

const participationStatus = z.enum(['calon', 'diajukan', 'aktif', 'berakhir', 'ditolak']);
const outcome = z.object({
  participationId: z.number(), status: participationStatus.describe('stored status'), endedOn: isoDate.nullable(),
  endReason: z.enum(['meninggal', 'berhenti', 'pindah', 'tidak-memenuhi-syarat', 'akhir-pks']).nullable(), agreementId: z.number(), groupId: z.number(),
  slotFreeFrom: isoDate.nullable().describe('the day after the end: a replacement may start then'),
  replacement: z.object({ participationId: z.number(), name: z.string(), startsOn: isoDate, status: participationStatus }).nullable(),
});

/** One claim: the list item plus the participation's end and replacement (a death ends it, §11). */
export const claimSchema = claimItemSchema.extend({ participation: outcome.nullable() });

export const listResponse = z.object({ total: z.number(), items: z.array(claimItemSchema) });

const counts = { filed: z.number(), approved: z.number(), paid: z.number(), benefitsPaid: z.number() };
export const utilisationQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const utilisationResponse = z.object({
  year: z.number(), contributionsPaid: z.number(), benefitsPaid: z.number(), ratio: z.number().nullable(),
  byProgramme: z.array(z.object({ programme: z.string(), ...counts })),
  byGroup: z.array(z.object({ programme: z.string(), groupId: z.number(), contributionsPaid: z.number(), ratio: z.number().nullable(), ...counts })),
  byOpd: z.array(z.object({ programme: z.string(), opdId: z.number(), ...counts })),
  byVillage: z.array(z.object({ programme: z.string(), villageCode: z.string(), ...counts })),
});
