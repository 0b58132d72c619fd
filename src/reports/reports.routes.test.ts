/**
 * The reports API on the seeded demo (9,345 participants of Nagekeo's 2025 PKS: 6,311 non-ASN, 3,034
 * rentan): the Beranda dashboard's figures, the province and national tables, and the scope of every
 * report for every demo role — a regency user never receives another region's figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../clock/clock';
import { createTestApp, DEMO_USERS } from '../../test/support/server';
import { client, loginAs } from '../../test/support/http';
import { refreshReports } from './report-refresh.service';

const CLOCK = fixedClock('2026-03-15T04:00:00Z');
let env: Awaited<ReturnType<typeof createTestApp>>;
const as: Record<string, ReturnType<typeof client>> = {};

beforeAll(async () => {
  env = await createTestApp({ participants: true, clock: CLOCK });
  await refreshReports(env.t.db, CLOCK);
  for (const u of DEMO_USERS) as[u.role] ??= client(env.app, await loginAs(env.app, u.username, u.password));
}, 180_000);
afterAll(() => env?.close());

describe('reports API', () => {
  it('the Kepala Dinas\'s dashboard tells the 2025 story: 9,345 protected against the quotas, month by month', async () => {
    const res = await as.dinas!.get('/api/v1/reports/regencies/53.16?year=2025');
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.participants).toEqual({ total: 9345, nonAsn: 6311, rentan: 3034, quotaNonAsn: 6311, quotaRentan: 3034 });
    expect(d.pks).toMatchObject({ status: expect.any(String), periodStart: '2025-01-01', periodEnd: '2025-12-31', budget: 1_500_000_000 });
    expect(d.monthly).toHaveLength(12);
    // at each month's end: one fewer from a death to the 1st of the next month, when the replacement starts
    // (the non-ASN who died on 2025-06-10, the pekerja rentan who died on 2025-08-01)
    expect(d.monthly.map((m: { nonAsn: number; rentan: number }) => [m.nonAsn, m.rentan])).toEqual(Array.from({ length: 12 }, (_, i) => [i === 5 ? 6310 : 6311, i === 7 ? 3033 : 3034]));
    expect(d.byDistrict).toHaveLength(7);
    expect(d.byVillage.reduce((s: number, v: { participants: number }) => s + v.participants, 0)).toBe(3034);
    expect(d.byOpd.reduce((s: number, o: { participants: number }) => s + o.participants, 0)).toBe(6311);
    // 24 regular bills: 12 × (6,311 × 11,808 + 3,034 × 16,800) = 12 × 125,491,488 — Rp 5,897,856 over the budget
    // the demo's 12 SP2D: Jan–Nov in full, December 119,593,632 — paid 1,500,000,000, December short by 5,897,856
    expect(d.budget).toMatchObject({ budget: 1_500_000_000, billed: 1_505_897_856, paid: 1_500_000_000, outstanding: 5_897_856 });
    expect(d.budget.months).toHaveLength(12);
    expect(d.budget.months.every((m: { billed: number }) => m.billed === 125_491_488)).toBe(true);
    expect(d.claims).toMatchObject({ counts: expect.any(Array), benefitsPaid: expect.any(Number) });
  });

  it('the budget panel alone answers the contract figures', async () => {
    const res = await as.dinas!.get('/api/v1/reports/regencies/53.16/budget?year=2025');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ budget: 1_500_000_000, billed: 1_505_897_856, lateFees: 0 });
    expect((await as.dinas!.get('/api/v1/reports/regencies/53.16/budget?year=2024')).statusCode).toBe(404);
  });

  it('the province view lists every NTT regency and city, Nagekeo with its PKS, the rest without a programme', async () => {
    const res = await as.viewer!.get('/api/v1/reports/regions?region=53&year=2025');
    expect(res.statusCode).toBe(200);
    const rows = res.json().rows as { code: string; participants: number; pks: unknown }[];
    expect(rows).toHaveLength(22);
    expect(rows.find((r) => r.code === '53.16')).toMatchObject({ participants: 9345, pks: { periodEnd: '2025-12-31' } });
    expect(rows.filter((r) => r.pks === null)).toHaveLength(21);
  });

  it('the national view lists every province and counts regencies with a programme', async () => {
    const res = await as.admin!.get('/api/v1/reports/regions?year=2025');
    expect(res.json().rows).toHaveLength(38);
    expect(res.json().rows.find((r: { code: string }) => r.code === '53')).toMatchObject({ participants: 9345, withProgramme: 1 });
  });

  // expected status per demo role for each report
  const SCOPE: [string, string, Record<string, number>][] = [
    ['Nagekeo dashboard', '/api/v1/reports/regencies/53.16?year=2025', { admin: 200, dinas: 200, opd: 403, desa: 403, bpjs: 200, viewer: 200, auditor: 200 }],
    ['another regency', '/api/v1/reports/regencies/53.10?year=2025', { admin: 200, dinas: 404, opd: 403, desa: 403, bpjs: 404, viewer: 200, auditor: 404 }],
    ['NTT province', '/api/v1/reports/regions?region=53&year=2025', { admin: 200, dinas: 404, opd: 403, desa: 403, bpjs: 404, viewer: 200, auditor: 404 }],
    ['the nation', '/api/v1/reports/coverage?year=2025', { admin: 200, dinas: 404, opd: 403, desa: 403, bpjs: 404, viewer: 404, auditor: 404 }],
    ['Nagekeo kecamatan', '/api/v1/reports/coverage?region=53.16&year=2025', { admin: 200, dinas: 200, opd: 403, desa: 403, bpjs: 200, viewer: 200, auditor: 200 }],
  ];
  it.each(SCOPE)('scope: %s', async (_name, url, expected) => {
    const got: Record<string, number> = {};
    for (const role of Object.keys(expected)) got[role] = (await as[role]!.get(url)).statusCode;
    expect(got).toEqual(expected);
  });

  it('each role opens on its own region', async () => {
    // 2026-03-15 with no 2026 PKS: the regency opens on 2025, the story of its last PKS
    expect((await as.dinas!.get('/api/v1/reports/home')).json()).toEqual({ region: '53.16', level: 'regency', year: 2025 });
    expect((await as.viewer!.get('/api/v1/reports/home')).json()).toEqual({ region: '53', level: 'province', year: 2026 });
    expect((await as.admin!.get('/api/v1/reports/home')).json()).toEqual({ region: null, level: 'nation', year: 2026 });
  });

  it('a bad year or region is a 400 with a translated field error, never a 5xx', async () => {
    expect((await as.admin!.get('/api/v1/reports/coverage?year=20x5')).statusCode).toBe(400);
    expect((await as.admin!.get('/api/v1/reports/coverage?region=53.16.01')).statusCode).toBe(400);
    expect((await as.admin!.get('/api/v1/reports/coverage?region=99')).statusCode).toBe(404);
  });
});
