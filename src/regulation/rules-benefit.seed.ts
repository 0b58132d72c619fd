/**
 * Benefit (manfaat) rules — REGULATIONS.md §4: JKM, scholarship, JKK. Amounts in whole rupiah.
 */
import { defineRule } from './define-rule';
import type { RuleRow } from './rule.types';

const PP82 = 'PP 82/2019; Permenaker 5/2021';
const FROM = '2019-12-02'; // PP 82/2019 in force

type Row = Omit<Parameters<typeof defineRule>[0], 'effectiveFrom' | 'effectiveTo' | 'legalBasis'>;
const pp82 = (row: Row): RuleRow => defineRule({ effectiveFrom: FROM, effectiveTo: null, legalBasis: PP82, ...row });

// Scholarship per level: [level, per child per year, max years] — 2×1.5 + 6×1.5 + 3×2 + 3×3 + 5×12 = 87 M.
const SCHOLARSHIP_LEVELS: ReadonlyArray<readonly [string, number, number]> = [
  ['tk', 1_500_000, 2],
  ['sd', 1_500_000, 6],
  ['smp', 2_000_000, 3],
  ['sma', 3_000_000, 3],
  ['s1', 12_000_000, 5],
];

export const BENEFIT_RULES: readonly RuleRow[] = [
  // JKM, death not caused by work: 20 M + 12 M (24 months paid at once) + 10 M = 42 M.
  pp82({ key: 'jkm.benefit.lump-sum', value: 20_000_000, unit: 'rupiah', confidence: 'confirmed' }),
  pp82({ key: 'jkm.benefit.periodic', value: 12_000_000, unit: 'rupiah', confidence: 'confirmed', note: '24 months paid at once' }),
  pp82({ key: 'jkm.benefit.funeral', value: 10_000_000, unit: 'rupiah', confidence: 'confirmed' }),
  pp82({
    key: 'jkm.scholarship.min-contribution-months', value: 36, unit: 'months', confidence: 'confirmed',
    note: 'no minimum when caused by a work accident',
  }),
  pp82({
    key: 'bpu.jkm.full-benefit.min-contribution-months', value: 3, unit: 'months', confidence: 'unconfirmed',
    note: 'before that, funeral cost only; start date assumed',
  }),

  // Scholarship, up to 2 children; ends at age 23, marriage or employment.
  ...SCHOLARSHIP_LEVELS.flatMap(([level, perYear, years]) => [
    pp82({ key: `scholarship.${level}.per-year`, value: perYear, unit: 'rupiah', confidence: 'confirmed' }),
    pp82({ key: `scholarship.${level}.max-years`, value: years, unit: 'count', confidence: 'confirmed' }),
  ]),
  pp82({ key: 'scholarship.max-children', value: 2, unit: 'count', confidence: 'confirmed' }),
  pp82({ key: 'scholarship.max-age', value: 23, unit: 'count', confidence: 'confirmed', note: 'years of age: a child of 23 on the incident date, married or working holds none' }),
  pp82({ key: 'scholarship.max-per-child', value: 87_000_000, unit: 'rupiah', confidence: 'confirmed' }),
  pp82({ key: 'scholarship.max-total', value: 174_000_000, unit: 'rupiah', confidence: 'confirmed' }),

  // JKK: death 48 × wage + periodic + funeral; total disability 56 × wage; partial % × 80 × wage.
  pp82({ key: 'jkk.benefit.death.multiplier', value: 48, unit: 'multiplier', confidence: 'confirmed' }),
  pp82({ key: 'jkk.benefit.death.periodic', value: 12_000_000, unit: 'rupiah', confidence: 'confirmed' }),
  pp82({ key: 'jkk.benefit.death.funeral', value: 10_000_000, unit: 'rupiah', confidence: 'confirmed' }),
  pp82({ key: 'jkk.benefit.total-disability.multiplier', value: 56, unit: 'multiplier', confidence: 'confirmed' }),
  pp82({ key: 'jkk.benefit.partial-disability.multiplier', value: 80, unit: 'multiplier', confidence: 'confirmed' }),
  // STMB: 100% of wage for the first 12 months, 50% after, until recovery.
  pp82({ key: 'jkk.benefit.stmb.full-months', value: 12, unit: 'months', confidence: 'confirmed' }),
  pp82({ key: 'jkk.benefit.stmb.rate.first', value: 10_000, unit: 'bp', confidence: 'confirmed' }),
  pp82({ key: 'jkk.benefit.stmb.rate.after', value: 5_000, unit: 'bp', confidence: 'confirmed' }),
  // Medical care by BPJS facilities as needed, class I: no cost cap (0 = none).
  pp82({ key: 'jkk.benefit.medical.cost-cap', value: 0, unit: 'rupiah', confidence: 'confirmed', note: '0 = no cap (care as needed)' }),
  // Home care up to 1 year, capped.
  pp82({ key: 'jkk.benefit.home-care.cap', value: 20_000_000, unit: 'rupiah', confidence: 'confirmed' }),
  pp82({ key: 'jkk.benefit.home-care.max-months', value: 12, unit: 'months', confidence: 'confirmed' }),
  // Transport reimbursement [U].
  pp82({ key: 'jkk.benefit.transport.land', value: 5_000_000, unit: 'rupiah', confidence: 'unconfirmed' }),
  pp82({ key: 'jkk.benefit.transport.sea', value: 2_000_000, unit: 'rupiah', confidence: 'unconfirmed' }),
  pp82({ key: 'jkk.benefit.transport.air', value: 10_000_000, unit: 'rupiah', confidence: 'unconfirmed' }),
];
