/**
 * The calculator CLI contracts of issue #3, as a user runs them: `bin/lindung.mjs` against a real
 * database, exact flags and JSON keys, integers in rupiah, exit 0 / 1 (bad input) / 2 (usage).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLindung } from '../../test/support/cli';
import { createTestDb, type TestDb } from '../../test/support/db';

const NAGEKEO_PLAN = path.resolve(import.meta.dirname, '../../test/fixtures/nagekeo-2025-plan.json');
let t: TestDb;

beforeAll(async () => { t = await createTestDb(); });
afterAll(() => t.drop());

async function lindung(...args: string[]) {
  const { code, stdout } = await runLindung(t.url, args);
  return { code, json: stdout ? JSON.parse(stdout) : null };
}

describe('lindung calc contribution', () => {
  it('PU non-ASN: the contract keys, lines with rule and legal basis, defaults very-low / self / other', async () => {
    const { code, json } = await lindung('calc', 'contribution', '--scheme', 'pu', '--wage', '2186826', '--on', '2025-06-01', '--json');
    expect(code).toBe(0);
    expect(json).toMatchObject({ on: '2025-06-01', scheme: 'pu', base: 2_186_826, jkk: 5_248, jkm: 6_560, total: 11_808 });
    expect(json.lines.map((l: Record<string, unknown>) => [l.program, l.amount, l.rule, l.legalBasis])).toEqual([
      ['JKK', 5_248, 'pu.jkk.rate.very-low[jkp=no]@2015-07-01', 'PP 44/2015 Lampiran I; PP 82/2019'],
      ['JKM', 6_560, 'pu.jkm.rate[jkp=no]@2015-07-01', 'PP 44/2015; PP 82/2019'],
    ]);
  });

  it('BPU: --funding defaults to self, so the PP 50/2025 discount applies in its window; APBD does not get it', async () => {
    const self = await lindung('calc', 'contribution', '--scheme', 'bpu', '--wage', '1000000', '--on', '2026-04-01', '--json');
    const apbd = await lindung('calc', 'contribution', '--scheme', 'bpu', '--wage', '1000000', '--funding', 'apbd', '--on', '2026-04-01', '--json');
    expect(self.json.total).toBe(8_400);
    expect(apbd.json.total).toBe(16_800);
  });

  it('PU JKP participant at high risk after PP 49/2023: 1.13% + 0.20%', async () => {
    const { json } = await lindung('calc', 'contribution', '--scheme', 'pu', '--wage', '5000000', '--risk', 'high', '--jkp', '--on', '2024-01-01', '--json');
    expect([json.jkk, json.jkm]).toEqual([56_500, 10_000]);
  });

  it.each([
    [['--scheme', 'xx', '--wage', '1'], 'SCHEME_INVALID'],
    [['--scheme', 'pu', '--wage', '1.500.000'], 'MONEY_INVALID'],
    [['--scheme', 'pu', '--wage', '1', '--risk', 'extreme'], 'RISK_CLASS_INVALID'],
    [['--scheme', 'pu', '--wage', '1', '--on', '2015-06-30'], 'RULE_NOT_FOUND'],
  ])('refuses bad input %j with exit 1 and {"error":{"code","message"}}', async (args, errorCode) => {
    const { code, json } = await lindung('calc', 'contribution', ...args, '--json');
    expect(code).toBe(1);
    expect(json.error.code).toBe(errorCode);
    expect(json.error.message).toEqual(expect.any(String));
  });

  it('answers a missing --wage with exit 2', async () => {
    const { code, json } = await lindung('calc', 'contribution', '--scheme', 'pu', '--json');
    expect(code).toBe(2);
    expect(json.error.code).toBe('USAGE');
  });
});

describe('lindung calc benefit', () => {
  it('jkm: Rp 42,000,000 with the scholarship entitlement', async () => {
    const { json } = await lindung('calc', 'benefit', 'jkm', '--contribution-months', '36', '--json');
    expect(json).toMatchObject({ lumpSum: 20_000_000, periodic: 12_000_000, funeral: 10_000_000, total: 42_000_000,
      scholarship: { eligible: true, maxChildren: 2, maxPerChild: 87_000_000 } });
  });

  it('jkm for a BPU with 2 months: funeral only, no scholarship', async () => {
    const { json } = await lindung('calc', 'benefit', 'jkm', '--contribution-months', '2', '--scheme', 'bpu', '--json');
    expect(json).toMatchObject({ lumpSum: 0, periodic: 0, funeral: 10_000_000, total: 10_000_000, scholarship: { eligible: false } });
  });

  it('jkk-death of a BPU on Rp 1,000,000: Rp 70,000,000', async () => {
    const { json } = await lindung('calc', 'benefit', 'jkk-death', '--wage', '1000000', '--json');
    expect(json).toMatchObject({ lumpSum: 48_000_000, periodic: 12_000_000, funeral: 10_000_000, total: 70_000_000,
      scholarship: { eligible: true, maxChildren: 2, maxPerChild: 87_000_000 } });
  });

  it('jkk-disability: --total is 56 × wage, --percent is p% × 80 × wage, neither/both is usage', async () => {
    expect((await lindung('calc', 'benefit', 'jkk-disability', '--wage', '2000000', '--total', '--json')).json.amount).toBe(112_000_000);
    expect((await lindung('calc', 'benefit', 'jkk-disability', '--wage', '2000000', '--percent', '2.5', '--json')).json.amount).toBe(4_000_000);
    expect((await lindung('calc', 'benefit', 'jkk-disability', '--wage', '2000000', '--json')).code).toBe(2);
    expect((await lindung('calc', 'benefit', 'jkk-disability', '--wage', '2000000', '--total', '--percent', '5', '--json')).code).toBe(2);
    expect((await lindung('calc', 'benefit', 'jkk-disability', '--wage', '2000000', '--percent', '120', '--json')).json.error.code).toBe('PERCENT_INVALID');
  });

  it('jkk-stmb: amount and one line per rate period', async () => {
    const { json } = await lindung('calc', 'benefit', 'jkk-stmb', '--wage', '3000000', '--months', '15', '--json');
    expect(json.amount).toBe(12 * 3_000_000 + 3 * 1_500_000);
    expect(json.lines.map((l: { amount: number; legalBasis: string }) => [l.amount, l.legalBasis])).toEqual([
      [36_000_000, 'PP 82/2019; Permenaker 5/2021'], [4_500_000, 'PP 82/2019; Permenaker 5/2021'],
    ]);
  });
});

describe('lindung calc plan', () => {
  it('reproduces the 2025 Nagekeo programme: total 1,505,897,856, remaining −5,897,856', async () => {
    const { code, json } = await lindung('calc', 'plan', NAGEKEO_PLAN, '--json');
    expect(code).toBe(0);
    expect(json).toMatchObject({ total: 1_505_897_856, budget: 1_500_000_000, remaining: -5_897_856, headsCarried: 9_308, monthsCarried: 11 });
    expect(json.groups.map(({ name, headcount, perHeadMonthly, total }: Record<string, unknown>) => ({ name, headcount, perHeadMonthly, total }))).toEqual([
      { name: 'non-ASN', headcount: 6_311, perHeadMonthly: 11_808, total: 894_243_456 },
      { name: 'pekerja rentan', headcount: 3_034, perHeadMonthly: 16_800, total: 611_654_400 },
    ]);
    expect(json.months).toHaveLength(12);
  });

  it('refuses a missing file and a malformed plan with exit 1', async () => {
    expect((await lindung('calc', 'plan', '/no/such/plan.json', '--json')).json.error.code).toBe('PLAN_FILE_INVALID');
    const bad = await lindung('calc', 'plan', path.resolve(import.meta.dirname, '../../package.json'), '--json');
    expect(bad.code).toBe(1);
    expect(bad.json.error.code).toBe('PLAN_INPUT_INVALID');
  });
});

// Each case starts the CLI several times (a few seconds each on a busy machine).
describe('lindung nik check', { timeout: 90_000 }, () => {
  it('a Nagekeo NIK: regions, birth date, sex', async () => {
    const { code, json } = await lindung('nik', 'check', '5316015201900001', '--birth-date', '1990-01-12', '--sex', 'P', '--json');
    expect(code).toBe(0);
    expect(json).toEqual({
      valid: true, province: { code: '53', name: 'Nusa Tenggara Timur' }, regency: { code: '53.16', name: 'Kabupaten Nagekeo' },
      district: { code: '53.16.01', name: 'Aesesa' }, birthDate: '1990-01-12', sex: 'P', errors: [], warnings: [],
    });
  });

  it('an unknown district is a warning, a wrong length an error; --sex X is bad input', async () => {
    const unknownDistrict = await lindung('nik', 'check', '5316995201900001', '--birth-date', '1990-01-12', '--json');
    expect(unknownDistrict.json).toMatchObject({ valid: true, district: null, warnings: [{ code: 'NIK_DISTRICT_UNKNOWN' }] });
    expect(unknownDistrict.code).toBe(0);
    const short = await lindung('nik', 'check', '53160152', '--json');
    // An invalid NIK is invalid input (exit 1), with the full answer still printed (issue #17 item 8).
    expect(short.code).toBe(1);
    expect(short.json).toMatchObject({ valid: false, province: null, errors: [{ code: 'NIK_LENGTH', message: 'NIK must be 16 digits.' }] });
    expect((await lindung('nik', 'check', '5316015201900001', '--sex', 'X', '--json')).json.error.code).toBe('SEX_INVALID');
  });

  it('messages follow --lang, else LINDUNG_LANG; an unknown --lang is a usage error', async () => {
    const id = await lindung('nik', 'check', '53160152', '--lang', 'id', '--json');
    expect(id.json.errors[0].message).toBe('NIK harus 16 digit.');
    const fromEnv = await runLindung(t.url, ['nik', 'check', '5316015201900001', '--sex', 'X', '--json'], { LINDUNG_LANG: 'id', LANG: 'C' });
    expect(JSON.parse(fromEnv.stdout).error.message).toMatch(/^Jenis kelamin/);
    const flagWins = await runLindung(t.url, ['nik', 'check', '53160152', '--lang=en', '--json'], { LINDUNG_LANG: 'id' });
    expect(JSON.parse(flagWins.stdout).errors[0].message).toBe('NIK must be 16 digits.');
    const bad = await lindung('nik', 'check', '53160152', '--lang', 'fr', '--json');
    expect(bad).toMatchObject({ code: 2, json: { error: { code: 'USAGE' } } });
  });
});
