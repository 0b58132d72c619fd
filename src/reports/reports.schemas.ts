/** Zod schemas of the reports API (request and response), shared by the routes and the OpenAPI document. */
import { z } from 'zod';

export const regionQuery = z.object({
  region: z.string().regex(/^\d{2}(\.\d{2})?$/, 'kode provinsi (NN) atau kabupaten/kota (NN.NN)').optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

const kind = z.enum(['employed-population', 'ucj-target', 'bpjs-participants']);
const source = z.object({ kind, regionCode: z.string(), year: z.number(), source: z.string(), example: z.boolean() });
const figures = { participants: z.number(), nonAsn: z.number(), rentan: z.number(), employed: z.number().nullable(), ucj: z.number().nullable() };
const pks = z.object({ agreementId: z.number(), number: z.string(), status: z.enum(['draft', 'signed', 'active', 'ended']), periodStart: z.string(), periodEnd: z.string(), budget: z.number().nullable() });

export const coverageResponse = z.object({
  region: z.string().nullable(), level: z.enum(['nation', 'province', 'regency']), year: z.number(),
  rows: z.array(z.object({ code: z.string(), name: z.string(), ...figures })), total: z.object(figures), sources: z.array(source),
});

/** The PKS money of the year (summed over several regencies for a province's row or a view's total). */
const money = z.object({ budget: z.number(), billed: z.number(), paid: z.number(), outstanding: z.number(), overdue: z.number(), lateFees: z.number(), realisation: z.number().nullable() });
const claimTotals = z.object({ filed: z.number(), approved: z.number(), paid: z.number(), refused: z.number(), benefitsPaid: z.number() });

export const regionViewResponse = coverageResponse.extend({
  // the province's name (null for the nation); the money and claims of every row together (null: no PKS / a regency)
  regionName: z.string().nullable(), moneyTotal: money.nullable(), claimsTotal: claimTotals.nullable(),
  rows: z.array(z.object({
    code: z.string(), name: z.string(), ...figures, ucjTarget: z.number().nullable(), pks: pks.nullable(), withProgramme: z.number().nullable(),
    // the PKS money of the year (summed over the province's regencies in the national view); null without a PKS
    money: money.nullable(),
    // claims by incident year; null on a regency's kecamatan rows
    claims: claimTotals.nullable(),
  })),
});

export const budgetResponse = z.object({
  agreementId: z.number(), budget: z.number(), billed: z.number(), paid: z.number(), outstanding: z.number(), lateFees: z.number(),
  runsOutIn: z.string().nullable(), months: z.array(z.object({ month: z.string(), billed: z.number(), paid: z.number(), status: z.string() })),
});
export const claimsResponse = z.object({
  counts: z.array(z.object({ type: z.string(), status: z.string(), count: z.number(), benefitsPaid: z.number() })),
  contributionsPaid: z.number(), benefitsPaid: z.number(), ratio: z.number().nullable(),
});

const tally = z.object({ count: z.number(), amount: z.number() });

export const dashboardResponse = z.object({
  region: z.object({ code: z.string(), name: z.string() }), year: z.number(), pks: pks.nullable(),
  participants: z.object({ total: z.number(), nonAsn: z.number(), rentan: z.number(), quotaNonAsn: z.number(), quotaRentan: z.number() }),
  monthly: z.array(z.object({ month: z.string(), nonAsn: z.number(), rentan: z.number() })),
  budget: budgetResponse.nullable(),
  bills: z.object({ open: tally, dueSoon: tally, overdue: tally, lateFees: z.number() }).nullable(),
  claims: claimsResponse.nullable(),
  byDistrict: z.array(z.object({ code: z.string(), name: z.string(), participants: z.number() })),
  byVillage: z.array(z.object({ code: z.string(), name: z.string(), districtCode: z.string(), districtName: z.string(), participants: z.number() })),
  byOpd: z.array(z.object({ id: z.number(), name: z.string(), participants: z.number() })),
  ucj: z.object({
    participants: z.number(), employed: z.number().nullable(), ucj: z.number().nullable(), target: z.number().nullable(),
    bpjsParticipants: z.number().nullable(), regionUcj: z.number().nullable(),
    sources: z.array(source.omit({ regionCode: true })),
  }),
});

export const homeResponse = z.object({ region: z.string().nullable(), level: z.enum(['nation', 'province', 'regency']), year: z.number() });

export const referenceList = z.object({ items: z.array(z.object({
  kind, regionCode: z.string(), year: z.number(), value: z.number(), source: z.string(), example: z.boolean(), importedAt: z.string(), importedBy: z.string().nullable(),
})) });
export const referenceImportResult = z.object({
  kind, rows: z.number(), inserted: z.number(), updated: z.number(), invalid: z.number(), duplicates: z.number(),
  items: z.array(z.object({ rowNo: z.number(), regionCode: z.string(), year: z.number().nullable(), outcome: z.enum(['inserted', 'updated', 'invalid', 'duplicate']), reason: z.string().nullable(), message: z.string().nullable() })),
});
export const referenceParams = z.object({ kind });
export const referenceQuery = z.object({ kind: kind.optional(), year: z.coerce.number().int().min(2000).max(2100).optional() });
