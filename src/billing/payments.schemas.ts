/** Zod schemas of the payment side of the billing API (payments, realisation, alerts, reconciliation, notifications). */
import { z } from 'zod';
import { tenantCodeParam } from '../http/types';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const isoMonth = z.string().regex(/^\d{4}-\d{2}$/, 'YYYY-MM');
const id = z.coerce.number().int().positive();
const rupiah = z.number().int();

export const tenantParams = z.object({ code: tenantCodeParam });
export const idParams = tenantParams.extend({ id });

export const paymentBody = z.object({
  sp2dNumber: z.string().min(1).max(100).describe('SP2D number; recording the same number again for this PKS changes nothing'),
  paidOn: isoDate, amount: z.number().int().positive().describe('integer rupiah'), account: z.string().max(200).optional(),
  billIds: z.array(z.number().int().positive()).max(500).optional().describe('bills to pay first; default oldest due first'),
});

export const recordedPayment = z.object({
  paymentId: z.number(), allocated: z.array(z.object({ billId: z.number(), amount: rupiah })),
  credit: rupiah.describe('what the payment left over: carried to the next bill (PP 50/2025)'), alreadyRecorded: z.boolean(),
});

export const paymentSchema = z.object({
  id: z.number(), agreementId: z.number(), sp2dNumber: z.string(), paidOn: isoDate, amount: rupiah, account: z.string(), billIds: z.array(z.number()),
  allocated: z.array(z.object({ billId: z.number(), billNumber: z.string(), month: isoMonth, amount: rupiah })).describe('what it paid when recorded (the receipt)'),
  credit: rupiah, reversed: z.boolean(), reversedAt: z.string().nullable(), reversalReason: z.string().nullable(), reversedBy: z.string().nullable(),
  scan: z.object({ name: z.string(), sha256: z.string() }).nullable(), example: z.boolean(), createdAt: z.string(), createdBy: z.string().nullable(),
});

export const attachedScan = z.object({ paymentId: z.number(), scan: z.object({ name: z.string(), sha256: z.string() }) });

export const reversalBody = z.object({ reason: z.string().min(1).max(500) });
export const reversalResult = z.object({ paymentId: z.number(), reversed: z.boolean(), reason: z.string() });

const monthStatus = z.enum(['lunas', 'kurang-bayar', 'belum-bayar', 'not-billed']);
export const realisationSchema = z.object({
  agreementId: z.number(), budget: rupiah, billed: rupiah, paid: rupiah, outstanding: rupiah, lateFees: rupiah, credit: rupiah,
  remainingBudget: rupiah.describe('budget − paid − outstanding − late fees'), runsOutIn: isoMonth.nullable().describe('forecast at today\'s active headcount'),
  months: z.array(z.object({ month: isoMonth, billed: rupiah, paid: rupiah, status: monthStatus })),
  forecast: z.object({ yearEndBalance: rupiah, monthlyCost: rupiah, activeHeadcount: z.number(), headcountOn: isoDate, lateFeeOn: z.boolean() }),
  warnings: z.array(z.object({ code: z.enum(['BILL_OVERDUE', 'BILL_DUE_SOON']), billId: z.number(), dueOn: isoDate })),
});

export const alertsSchema = z.object({
  items: z.array(z.object({
    code: z.enum(['BILL_OVERDUE', 'BILL_DUE_SOON']), billId: z.number(), number: z.string(), agreementId: z.number(), month: isoMonth,
    dueOn: isoDate, outstanding: rupiah, status: z.string(),
  })),
});

export const nppBody = z.object({ npp: z.string().regex(/^[0-9A-Za-z.-]{1,30}$/) });
export const nppResult = z.object({ agreementId: z.number(), npp: z.string() });

export const notificationSchema = z.object({
  id: z.number(), kind: z.enum(['bill-due-soon', 'bill-overdue']), billId: z.number(), billNumber: z.string(), dueOn: isoDate,
  outstanding: rupiah, createdAt: z.string(), readAt: z.string().nullable(), readBy: z.string().nullable(),
});
export const notificationsQuery = z.object({ unread: z.enum(['true', 'false']).transform((v) => v === 'true').optional() });
export const notificationsResponse = z.object({ items: z.array(notificationSchema), unread: z.number() });

export const reconciliationResult = z.object({
  id: z.number(), rows: z.number().describe('= matched + amountDiffers + unmatched + invalid'), matched: z.number(), amountDiffers: z.number(),
  unmatched: z.number(), invalid: z.number(), alreadyReconciled: z.boolean().describe('the same file (SHA-256) was reconciled before: its first answer'),
});
export const reconciliationQuery = z.object({ agreementId: z.coerce.number().int().positive().optional().describe('match against this PKS only') });
export const reconciliationSummary = reconciliationResult.extend({
  fileName: z.string(), format: z.string(), agreementId: z.number().nullable(), createdAt: z.string(), createdBy: z.string().nullable(),
});
const reconStatus = z.enum(['cocok', 'selisih', 'tidak-cocok', 'tidak-valid']);
export const reconciliationDetail = reconciliationSummary.extend({
  items: z.array(z.object({
    rowNo: z.number().describe('the row as numbered in the file'), status: reconStatus, reasonCode: z.string().nullable(), reason: z.string().nullable(),
    billNumber: z.string().nullable(), npp: z.string().nullable(), month: isoMonth.nullable(), receivedOn: isoDate.nullable(),
    received: rupiah.nullable().describe("this row's amount"), receivedTotal: rupiah.nullable().describe('all rows of the file naming the same bill(s)'),
    expected: rupiah.nullable().describe('what Lindung recorded as paid on the bill(s) when reconciled'), difference: rupiah.nullable().describe('receivedTotal − expected'),
    agreementId: z.number().nullable(), bills: z.array(z.object({ id: z.number(), number: z.string(), month: isoMonth })),
  })),
});
