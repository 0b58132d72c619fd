/** Request and response schemas of the public self-service API (issue #15 §5: the exact contract). */
import { z } from 'zod';

const nik = z.string().trim().regex(/^\d{16}$/, 'NIK: 16 angka');

export const coverageBody = z.object({
  nik,
  kpj: z.string().trim().min(1).max(30).optional(),
  motherName: z.string().trim().min(1).max(150).optional(),
  otp: z.string().trim().regex(/^\d{6}$/, 'kode: 6 angka').optional(),
}).refine((b) => [b.kpj, b.motherName, b.otp].filter((v) => v !== undefined).length === 1, {
  message: 'kpj, motherName atau otp (salah satu)',
});

export const codeBody = z.object({ nik });

export const claimStatusBody = z.object({ claimNumber: z.string().trim().min(1).max(40), nik, heirNik: nik });

const miss = z.object({ found: z.literal(false) });

export const coverageAnswer = z.union([z.object({
  found: z.literal(true), status: z.string(), name: z.string(), programmes: z.array(z.string()), groupName: z.string(),
  coverageFrom: z.string().nullable(), coverageTo: z.string(), monthsPaid: z.array(z.string()), cardUrl: z.string(),
  regencyName: z.string(), agreementPeriod: z.object({ start: z.string(), end: z.string() }),
}), miss]);

export const claimStatusAnswer = z.union([z.object({
  found: z.literal(true), claimNumber: z.string(), status: z.string(),
  missingDocuments: z.array(z.object({ code: z.string(), label: z.string() })),
  deadlines: z.array(z.object({ code: z.string(), due: z.string(), overdue: z.boolean() })),
}), miss]);

export const codeAccepted = z.object({ accepted: z.literal(true) });
