/**
 * Contribution (iuran) rules — REGULATIONS.md §2. Rates in basis points, flat amounts in rupiah.
 */
import { defineRule } from './define-rule';
import type { RuleRow, RuleScope } from './rule.types';

const PP44_RATES = 'PP 44/2015 Lampiran I; PP 82/2019';
const PP44_JKM = 'PP 44/2015; PP 82/2019';
const PP44_BPU = 'PP 44/2015 Lampiran II; PP 82/2019';
const PP49 = 'PP 49/2023 (amending PP 44/2015), in force 2023-10-06';
const BASE = '2015-07-01'; // PP 44/2015 in force
const JKP_FROM = '2023-10-06'; // PP 49/2023 in force
const NOT_JKP: RuleScope = { jkp: 'no' };
const JKP: RuleScope = { jkp: 'yes' };
const SUPERSEDED = 'superseded for JKP participants by PP 49/2023';

/** A confirmed, open-ended row from PP 44/2015's start date. */
const fromBase = (key: string, value: number, unit: RuleRow['unit'], legalBasis: string, extra: Partial<RuleRow> = {}) =>
  defineRule({ key, value, unit, effectiveFrom: BASE, effectiveTo: null, legalBasis, confidence: 'confirmed', ...extra });

// PU JKK rate by risk class, scoped jkp=no|yes. JKP participants paid the full rate until PP 49/2023
// moved 0.14 pt of JKK to JKP from 2023-10-06: the PP 49/2023 row only ADDS to the book and supersedes
// the open-ended jkp=yes row (see rule.types.ts), nothing is edited.
const JKK_RATES: ReadonlyArray<readonly [string, number, number]> = [
  ['very-low', 24, 10],
  ['low', 54, 40],
  ['medium', 89, 75],
  ['high', 127, 113],
  ['very-high', 174, 160],
];

export const CONTRIBUTION_RULES: readonly RuleRow[] = [
  ...JKK_RATES.flatMap(([risk, full, jkp]) => [
    fromBase(`pu.jkk.rate.${risk}`, full, 'bp', PP44_RATES, { scope: NOT_JKP }),
    fromBase(`pu.jkk.rate.${risk}`, full, 'bp', PP44_RATES, { scope: JKP, note: SUPERSEDED }),
    fromBase(`pu.jkk.rate.${risk}`, jkp, 'bp', PP49, { scope: JKP, effectiveFrom: JKP_FROM, note: '0.14 pt of JKK moved to JKP' }),
  ]),
  // JKM 0.30% for penyelenggara negara and other employers alike; 0.20% for JKP participants.
  fromBase('pu.jkm.rate', 30, 'bp', PP44_JKM, { scope: NOT_JKP }),
  fromBase('pu.jkm.rate', 30, 'bp', PP44_JKM, { scope: JKP, note: SUPERSEDED }),
  fromBase('pu.jkm.rate', 20, 'bp', PP49, { scope: JKP, effectiveFrom: JKP_FROM, note: '0.10 pt of JKM moved to JKP' }),
  // JHT is optional and not funded by this programme by default; kept so the numbers live in one place.
  fromBase('pu.jht.rate.employer', 370, 'bp', 'PP 46/2015 (JHT)', { note: 'optional for non-ASN' }),
  fromBase('pu.jht.rate.worker', 200, 'bp', 'PP 46/2015 (JHT)', { note: 'optional for non-ASN' }),

  // BPU: JKK 1% of declared income, JKM flat Rp 6,800; minimum declared income Rp 1,000,000 [U].
  fromBase('bpu.jkk.rate', 100, 'bp', PP44_BPU, { note: 'nominal income tiers of Lampiran II not retrieved' }),
  fromBase('bpu.jkm.flat', 6_800, 'rupiah', PP44_BPU),
  fromBase('bpu.income.minimum', 1_000_000, 'rupiah', 'PP 44/2015 Lampiran II', {
    confidence: 'unconfirmed',
    note: 'reported, not confirmed in the text; gives the Rp 16,800 package',
  }),

  // PP 50/2025 (promulgated 2025-12-22): BPU pay 50% of JKK + JKM. Excluded when contributions are
  // paid from APBN/APBD, so the rows are scoped to funding=self: public funding finds no discount.
  defineRule({
    key: 'bpu.discount.rate', value: 5_000, unit: 'bp', effectiveFrom: '2026-01-01', effectiveTo: '2027-03-31',
    legalBasis: 'PP 50/2025', confidence: 'confirmed', scope: { sector: 'transport', funding: 'self' },
    note: 'transport workers; not when paid from APBN/APBD',
  }),
  defineRule({
    key: 'bpu.discount.rate', value: 5_000, unit: 'bp', effectiveFrom: '2026-04-01', effectiveTo: '2026-12-31',
    legalBasis: 'PP 50/2025', confidence: 'confirmed', scope: { sector: 'other', funding: 'self' },
    note: 'other BPU; not when paid from APBN/APBD',
  }),
];
