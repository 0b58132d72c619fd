/**
 * The calculation services on the real rule table: the figures of REGULATIONS.md, the 2025 Nagekeo
 * programme reproduced to the rupiah, and the NIK check against the Kemendagri region table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTestDb } from '../../test/support/db';
import {
  calculateContribution, calculateDisabilityBenefit, calculateJkkDeathBenefit, calculateJkmBenefit, calculateStmbBenefit,
  listRulesInForce,
} from './calc.service';
import { fixedClock } from '../clock/clock';
import { checkNik } from './nik-check.service';
import { calculatePlan } from './plan.service';

const getDb = useTestDb();
const NAGEKEO = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../test/fixtures/nagekeo-2025-plan.json'), 'utf8'));
const contribution = { risk: 'very-low', jkp: false, funding: 'self', sector: 'other' } as const;

describe('contribution', () => {
  it.each([
    // [why, input, total]
    ['non-ASN at UMP NTT 2024: 0.24% + 0.30%, rounded per program', { scheme: 'pu', wage: 2_186_826, on: '2025-06-01' }, 5_248 + 6_560],
    ['pekerja rentan paid by the regency: no PP 50/2025 discount', { scheme: 'bpu', wage: 1_000_000, funding: 'apbd', on: '2026-05-01' }, 16_800],
    ['self-paid BPU in the PP 50/2025 window: half', { scheme: 'bpu', wage: 1_000_000, on: '2026-05-01' }, 8_400],
    ['self-paid BPU the day after the window', { scheme: 'bpu', wage: 1_000_000, on: '2027-01-01' }, 16_800],
  ] as const)('%s', async (_, input, total) => {
    const result = await calculateContribution(getDb(), { ...contribution, ...input });
    expect(result.total).toBe(total);
    expect(result.lines.every((line) => line.legalBasis.length > 0 && line.rule.includes('@'))).toBe(true);
  });

  it('writes the total in words and explains a raised BPU income in the caller language', async () => {
    const result = await calculateContribution(getDb(), { ...contribution, scheme: 'bpu', wage: 500_000, on: '2025-06-01' }, 'en');
    expect(result.totalInWords).toEqual({ id: 'enam belas ribu delapan ratus rupiah', en: 'sixteen thousand eight hundred rupiah' });
    expect(result.warnings[0]).toMatchObject({ code: 'BPU_INCOME_RAISED_TO_MINIMUM', confidence: 'unconfirmed' });
    expect(result.warnings[0]?.message).toContain('Rp 1,000,000');
  });

  it('evaluates today on the injected clock when no date is given', async () => {
    const clock = fixedClock('2025-06-30');
    expect((await calculateContribution(getDb(), { ...contribution, scheme: 'pu', wage: 1_000_000 }, 'id', clock)).on).toBe('2025-06-30');
    expect((await listRulesInForce(getDb(), undefined, clock)).on).toBe('2025-06-30');
  });

  it('refuses a date before any rule (PP 44/2015) with RULE_NOT_FOUND', async () => {
    await expect(calculateContribution(getDb(), { ...contribution, scheme: 'pu', wage: 1, on: '2015-06-30' })).rejects.toMatchObject({ code: 'RULE_NOT_FOUND' });
  });
});

describe('benefits', () => {
  it('JKM: Rp 42,000,000 and a scholarship after 36 months only', async () => {
    const at35 = await calculateJkmBenefit(getDb(), { scheme: 'pu', contributionMonths: 35, on: '2025-06-01' });
    const at36 = await calculateJkmBenefit(getDb(), { scheme: 'pu', contributionMonths: 36, on: '2025-06-01' });
    expect(at36).toMatchObject({ lumpSum: 20_000_000, periodic: 12_000_000, funeral: 10_000_000, total: 42_000_000 });
    expect([at35.scholarship.eligible, at36.scholarship.eligible]).toEqual([false, true]);
    expect(at36.totalInWords.id).toBe('empat puluh dua juta rupiah');
  });

  it('JKK death of a BPU on the Rp 1,000,000 base: Rp 70,000,000', async () => {
    const result = await calculateJkkDeathBenefit(getDb(), { wage: 1_000_000, on: '2025-06-01' });
    expect(result).toMatchObject({ lumpSum: 48_000_000, total: 70_000_000, scholarship: { eligible: true, maxChildren: 2, maxPerChild: 87_000_000 } });
  });

  it('disability: total 56 × wage; partial table % × 80 × wage; partial needs a percentage', async () => {
    const db = getDb();
    expect((await calculateDisabilityBenefit(db, { wage: 2_000_000, kind: 'total', on: '2025-06-01' })).amount).toBe(112_000_000);
    expect((await calculateDisabilityBenefit(db, { wage: 2_000_000, kind: 'partial', percent: 2.5, on: '2025-06-01' })).amount).toBe(4_000_000);
    await expect(calculateDisabilityBenefit(db, { wage: 2_000_000, kind: 'partial', on: '2025-06-01' })).rejects.toMatchObject({ code: 'DISABILITY_KIND_REQUIRED' });
  });

  it('STMB: 12 months at 100%, then 50%', async () => {
    const result = await calculateStmbBenefit(getDb(), { wage: 2_000_000, months: 14, on: '2025-06-01' });
    expect(result.amount).toBe(12 * 2_000_000 + 2 * 1_000_000);
    expect(result.lines.map((line) => [line.fromMonth, line.toMonth])).toEqual([[1, 12], [13, 14]]);
  });
});

describe('plan', () => {
  it('reproduces the 2025 Nagekeo programme: Rp 5,897,856 short of Rp 1.5 bn', async () => {
    const plan = await calculatePlan(getDb(), NAGEKEO);
    expect(plan).toMatchObject({ total: 1_505_897_856, budget: 1_500_000_000, remaining: -5_897_856, verdict: 'shortfall', perHeadVaries: false });
    expect(plan.groups.map(({ name, headcount, perHeadMonthly, total }) => ({ name, headcount, perHeadMonthly, total }))).toEqual([
      { name: 'non-ASN', headcount: 6_311, perHeadMonthly: 11_808, total: 894_243_456 },
      { name: 'pekerja rentan', headcount: 3_034, perHeadMonthly: 16_800, total: 611_654_400 },
    ]);
    expect(plan.monthsCarried).toBe(11);
    expect(plan.headsCarried).toBe(9_308); // floor(1.5 bn × 9,345 / 1,505,897,856)
    expect(plan.remainingInWords.id).toBe('lima juta delapan ratus sembilan puluh tujuh ribu delapan ratus lima puluh enam rupiah');
  });

  it('refuses a malformed plan document with the field at fault', async () => {
    await expect(calculatePlan(getDb(), { ...NAGEKEO, groups: [{ name: 'x', scheme: 'pu', headcount: 1.5, wage: 1 }] }))
      .rejects.toMatchObject({ code: 'PLAN_INPUT_INVALID', details: { field: 'groups.0.headcount' } });
  });
});

describe('NIK check', () => {
  // 53.16.01 Aesesa, born 12 January 1990, female (day + 40 = 52), serial 0001.
  it('names the regions of a Nagekeo NIK and reads birth date and sex', async () => {
    const result = await checkNik(getDb(), { nik: '5316015201900001', birthDate: '1990-01-12' });
    expect(result).toMatchObject({
      valid: true, province: { code: '53', name: 'Nusa Tenggara Timur' }, regency: { code: '53.16', name: 'Kabupaten Nagekeo' },
      district: { code: '53.16.01', name: 'Aesesa' }, birthDate: '1990-01-12', sex: 'P', errors: [], warnings: [],
    });
  });

  it('warns, without rejecting, when the district no longer exists', async () => {
    const result = await checkNik(getDb(), { nik: '5316995201900001', birthDate: '1990-01-12' }, 'en');
    expect(result.valid).toBe(true);
    expect(result.district).toBeNull();
    expect(result.warnings).toEqual([{ code: 'NIK_DISTRICT_UNKNOWN', message: expect.stringContaining('first registration') }]);
  });

  it('rejects an unknown province and a declared sex that contradicts the NIK', async () => {
    const result = await checkNik(getDb(), { nik: '9916015201900001', sex: 'L', on: '2025-01-01' });
    expect(result.valid).toBe(false);
    expect(result.errors.map((error) => error.code)).toEqual(['NIK_PROVINCE_UNKNOWN', 'NIK_SEX_MISMATCH']);
    expect(result.errors[0]?.message).toBe('Kode provinsi pada NIK tidak dikenal.');
  });
});

describe('rules in force', () => {
  it('lists the PP 50/2025 discount only inside its window, with legal basis and confidence', async () => {
    const ids = async (on: string) => (await listRulesInForce(getDb(), on)).items.map((row) => row.id);
    const discount = 'bpu.discount.rate[funding=self,sector=other]@2026-04-01';
    expect(await ids('2026-03-31')).not.toContain(discount);
    expect(await ids('2026-04-01')).toContain(discount);
    expect(await ids('2027-01-01')).not.toContain(discount);
    // The JKP rate superseded by PP 49/2023 is no longer listed after 2023-10-06.
    expect(await ids('2023-10-06')).not.toContain('pu.jkm.rate[jkp=yes]@2015-07-01');
    expect(await ids('2023-10-05')).toContain('pu.jkm.rate[jkp=yes]@2015-07-01');
  });
});
