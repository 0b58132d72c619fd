/**
 * Payment, claim and calculation-policy rules — REGULATIONS.md §3 and §Money.
 */
import { defineRule } from './define-rule';
import type { RuleRow } from './rule.types';

const PP44 = 'PP 44/2015';
const FROM = '2015-07-01'; // PP 44/2015 in force

export const PAYMENT_RULES: readonly RuleRow[] = [
  // PU: due by the 15th of the FOLLOWING month (next working day if a holiday: a calendar concern).
  defineRule({ key: 'payment.pu.due-day', value: 15, unit: 'day-of-month', effectiveFrom: FROM, effectiveTo: null, legalBasis: PP44, confidence: 'confirmed' }),
  defineRule({ key: 'payment.pu.due-month-offset', value: 1, unit: 'months', effectiveFrom: FROM, effectiveTo: null, legalBasis: PP44, confidence: 'confirmed' }),
  // BPU: due by the 15th of the contribution month ITSELF (paid in advance).
  defineRule({ key: 'payment.bpu.due-day', value: 15, unit: 'day-of-month', effectiveFrom: FROM, effectiveTo: null, legalBasis: PP44, confidence: 'confirmed' }),
  defineRule({ key: 'payment.bpu.due-month-offset', value: 0, unit: 'months', effectiveFrom: FROM, effectiveTo: null, legalBasis: PP44, confidence: 'confirmed' }),
  // Late fee (denda) 2% per month of delay: confirmed for non-state employers, not for penyelenggara negara.
  defineRule({ key: 'payment.pu.late-fee.rate', value: 200, unit: 'bp', effectiveFrom: FROM, effectiveTo: null, legalBasis: PP44, confidence: 'confirmed', scope: { employer: 'other' }, note: 'per month of delay' }),
  defineRule({ key: 'payment.pu.late-fee.rate', value: 200, unit: 'bp', effectiveFrom: FROM, effectiveTo: null, legalBasis: PP44, confidence: 'unconfirmed', scope: { employer: 'penyelenggara-negara' }, note: 'per month of delay; application to penyelenggara negara unconfirmed' }),
  // Claim SLA: BPJS pays within 7 working days of complete documents, else 1% of the benefit per day late.
  defineRule({ key: 'claim.sla.working-days', value: 7, unit: 'working-days', effectiveFrom: FROM, effectiveTo: null, legalBasis: 'PP 44/2015 art. 37', confidence: 'confirmed' }),
  defineRule({ key: 'claim.late-penalty.rate', value: 100, unit: 'bp', effectiveFrom: FROM, effectiveTo: null, legalBasis: 'PP 44/2015 art. 37', confidence: 'confirmed', note: 'per day of delay, paid to the participant' }),
  // Rounding is our documented assumption, itself a setting: 1 = half-up (see ROUNDING_MODE_CODES).
  defineRule({ key: 'rounding.mode', value: 1, unit: 'rounding-mode', effectiveFrom: FROM, effectiveTo: null, legalBasis: 'Lindung policy (REGULATIONS.md §Money): half up per participant, per program, per month', confidence: 'unconfirmed', note: 'project assumption, not a regulation' }),
];
