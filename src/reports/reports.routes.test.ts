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
  // one client per role (its first demo user: viewer = viewer.ntt, the province) and one per viewer scope
  for (const u of DEMO_USERS) {
    const c = client(env.app, await loginAs(env.app, u.username, u.password));
    as[u.role] ??= c;
    as[u.username] = c;
  }
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
    expect(d.claims).toMatchObject({ counts: expect.any(Array), benefitsPaid: 168_967_648 }); // JKK death 126,967,648 + JKM 42,000,000
    // on 2026-03-15 the December bill (due 2026-01-15) is the one open bill, overdue by its shortfall; late fees off
    expect(d.bills).toEqual({ open: { count: 1, amount: 5_897_856 }, dueSoon: { count: 0, amount: 0 }, overdue: { count: 1, amount: 5_897_856 }, lateFees: 0 });
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
    const rows = res.json().rows as { code: string; participants: number; pks: unknown; money: unknown }[];
    expect(rows).toHaveLength(22);
    expect(rows.find((r) => r.code === '53.16')).toMatchObject({ participants: 9345, pks: { periodEnd: '2025-12-31' } });
    expect(rows.filter((r) => r.pks === null)).toHaveLength(21);
    expect(res.json().regionName).toBe('Nusa Tenggara Timur');
    // Nagekeo's money: paid 1,500,000,000 of a 1,500,000,000 budget = 100 %; December's 5,897,856 overdue;
    // 4 claims in 2025 (JKK death, JKM, scholarship, STMB) with 168,967,648 paid
    const money = { budget: 1_500_000_000, billed: 1_505_897_856, paid: 1_500_000_000, outstanding: 5_897_856, overdue: 5_897_856, lateFees: 0, realisation: 100 };
    expect(rows.find((r) => r.code === '53.16')).toMatchObject({ money, claims: { filed: 4, benefitsPaid: 168_967_648 } });
    expect(rows.filter((r) => r.money === null)).toHaveLength(21);
    expect(res.json()).toMatchObject({ moneyTotal: money, claimsTotal: { filed: 4, benefitsPaid: 168_967_648 } });
  });

  it('the national view lists every province and counts regencies with a programme', async () => {
    const res = await as.admin!.get('/api/v1/reports/regions?year=2025');
    expect(res.json().rows).toHaveLength(38);
    expect(res.json().rows.find((r: { code: string }) => r.code === '53')).toMatchObject({ participants: 9345, withProgramme: 1, money: { paid: 1_500_000_000, overdue: 5_897_856, realisation: 100 } });
    expect(res.json().rows.filter((r: { money: unknown }) => r.money === null)).toHaveLength(37);
  });

  // Expected status per demo account for each report: every role, and the viewer at each level of scope
  // (viewer.nagekeo: the regency; viewer.ntt: the province; viewer.nasional: the nation). Outside the scope
  // a region is 404 — as if it did not exist — and without `reports:read` (opd, desa) 403.
  const USERS = ['admin', 'dinas', 'opd', 'desa', 'bpjs', 'auditor', 'viewer.nagekeo', 'viewer.ntt', 'viewer.nasional'] as const;
  const row = (...codes: number[]) => Object.fromEntries(USERS.map((u, i) => [u, codes[i]!]));
  //                                                                              admin dinas opd  desa bpjs aud  v-reg v-prov v-nat
  const SCOPE: [string, string, Record<string, number>][] = [
    ['Nagekeo dashboard', '/api/v1/reports/regencies/53.16?year=2025', row(200, 200, 403, 403, 200, 200, 200, 200, 200)],
    ['Nagekeo budget', '/api/v1/reports/regencies/53.16/budget?year=2025', row(200, 200, 403, 403, 200, 200, 200, 200, 200)],
    ['Nagekeo claims', '/api/v1/reports/regencies/53.16/claims?year=2025', row(200, 200, 403, 403, 200, 200, 200, 200, 200)],
    ['Nagekeo kecamatan', '/api/v1/reports/coverage?region=53.16&year=2025', row(200, 200, 403, 403, 200, 200, 200, 200, 200)],
    ['another NTT regency', '/api/v1/reports/regencies/53.10?year=2025', row(200, 404, 403, 403, 404, 404, 404, 200, 200)],
    ['NTT province view', '/api/v1/reports/regions?region=53&year=2025', row(200, 404, 403, 403, 404, 404, 404, 200, 200)],
    ['NTT coverage', '/api/v1/reports/coverage?region=53&year=2025', row(200, 404, 403, 403, 404, 404, 404, 200, 200)],
    ['another province', '/api/v1/reports/regions?region=52&year=2025', row(200, 404, 403, 403, 404, 404, 404, 404, 200)],
    ['a regency of another province', '/api/v1/reports/regencies/52.01?year=2025', row(200, 404, 403, 403, 404, 404, 404, 404, 200)],
    ['the national view', '/api/v1/reports/regions?year=2025', row(200, 404, 403, 403, 404, 404, 404, 404, 200)],
    ['the nation\'s coverage', '/api/v1/reports/coverage?year=2025', row(200, 404, 403, 403, 404, 404, 404, 404, 200)],
  ];
  it.each(SCOPE)('scope: %s', async (_name, url, expected) => {
    const got: Record<string, number> = {};
    for (const user of USERS) got[user] = (await as[user]!.get(url)).statusCode;
    expect(got).toEqual(expected);
  });

  it('a national viewer\'s roll-up equals the admin\'s; a provincial viewer\'s NTT equals it too', async () => {
    const nation = (await as['viewer.nasional']!.get('/api/v1/reports/regions?year=2025')).json();
    expect(nation).toEqual((await as.admin!.get('/api/v1/reports/regions?year=2025')).json());
    const ntt = (await as['viewer.ntt']!.get('/api/v1/reports/regions?region=53&year=2025')).json();
    const nttRow = nation.rows.find((r: { code: string }) => r.code === '53');
    expect(ntt.total).toMatchObject({ participants: nttRow.participants, nonAsn: nttRow.nonAsn, rentan: nttRow.rentan });
    expect(ntt.moneyTotal).toEqual(nttRow.money);
    expect(ntt.claimsTotal).toEqual(nttRow.claims);
  });

  it('each account opens on its own region, on 2025 while no PKS runs in 2026', async () => {
    // 2026-03-15 with no 2026 PKS anywhere: every level opens on 2025, the story of the last PKS
    const home = async (user: string) => (await as[user]!.get('/api/v1/reports/home')).json();
    expect(await home('dinas')).toEqual({ region: '53.16', level: 'regency', year: 2025 });
    expect(await home('auditor')).toEqual({ region: '53.16', level: 'regency', year: 2025 });
    expect(await home('viewer.nagekeo')).toEqual({ region: '53.16', level: 'regency', year: 2025 });
    expect(await home('viewer.ntt')).toEqual({ region: '53', level: 'province', year: 2025 });
    expect(await home('viewer.nasional')).toEqual({ region: null, level: 'nation', year: 2025 });
    expect(await home('admin')).toEqual({ region: null, level: 'nation', year: 2025 });
    expect((await as.opd!.get('/api/v1/reports/home')).statusCode).toBe(403);
  });

  it('a bad year or region is a 400 with a translated field error, never a 5xx', async () => {
    expect((await as.admin!.get('/api/v1/reports/coverage?year=20x5')).statusCode).toBe(400);
    expect((await as.admin!.get('/api/v1/reports/coverage?region=53.16.01')).statusCode).toBe(400);
    expect((await as.admin!.get('/api/v1/reports/coverage?region=99')).statusCode).toBe(404);
  });
});
