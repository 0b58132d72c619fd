/**
 * Agreements through the HTTP API on a real database with the Nagekeo demo: the 2025 PKS's plan must
 * match the regulation engine's cross-check exactly (src/domain/plan.test.ts), a what-if saves nothing,
 * a signed PKS changes only by addendum, and scope/permissions hold for every role.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../http/types';
import { createTestApp, DEMO_USERS } from '../../test/support/server';
import { client, loginAs } from '../../test/support/http';
import type { Db } from '../db/database';
import { twoGroups } from '../../test/support/agreements';

let app: App;
let db: Db;
let close: () => Promise<void>;
beforeAll(async () => {
  const t = await createTestApp();
  ({ app, close } = t);
  db = t.t.db;
});
afterAll(() => close());

// One session per role for the whole file: logins are rate limited.
const sessions = new Map<string, string>();
const as = async (role: string) => {
  const u = DEMO_USERS.find((d) => d.role === role)!;
  if (!sessions.has(role)) sessions.set(role, await loginAs(app, u.username, u.password));
  return client(app, sessions.get(role)!);
};
const BASE = '/api/v1/tenants/53.16/agreements';

async function demoPks() {
  const items = (await (await as('dinas')).get(BASE)).json().items as { id: number; kind: string; number: string }[];
  return items.find((a) => a.number === '560/PKS/DTK-NGK/2025')!;
}


describe('the demo Nagekeo 2025 PKS (news-nagekeo-2025.txt)', () => {
  it('stands by its dates: the 2025 PKS has ended (today is after 31 Dec 2025), in force since its signing', async () => {
    // issue #17 item 6: it said BERLAKU on 30 Nov 2026 and "in force since" the seeding time
    const items = (await (await as('dinas')).get(BASE)).json().items as { number: string; status: string; phase: string; inForceFrom: string }[];
    const pks = items.find((a) => a.number === '560/PKS/DTK-NGK/2025')!;
    expect(pks).toMatchObject({ status: 'active', phase: 'ended', inForceFrom: '2025-02-25' });
    // the MoU (2023-03-01 … 2028-02-29) is in force
    expect(items.find((a) => a.number !== pks.number && a.phase !== 'ended')).toMatchObject({ phase: 'in_force', inForceFrom: '2023-03-01' });
  });

  it('lists the MoU and the PKS, the PKS with plan totals that match the domain cross-check', async () => {
    const items = (await (await as('dinas')).get(BASE)).json().items;
    expect(items.map((a: { kind: string; status: string }) => [a.kind, a.status])).toEqual([['pks', 'active'], ['mou', 'active']]);
    expect(items[0].plan).toEqual({
      total: 1_505_897_856, budget: 1_500_000_000, remaining: -5_897_856, remainingBp: -39, verdict: 'shortfall',
      headcount: 9_345, headsCarried: 9_308, monthsCarried: 11,
    });
    expect(items[0].parentId).toBe(items[1].id);
  });

  it('explains the plan per group: UMP NTT 2024 from the rule book, 11,808 and 16,800 per head', async () => {
    const plan = (await (await as('bpjs')).get(`${BASE}/${(await demoPks()).id}/plan`)).json();
    expect(plan.groups.map((g: { perHeadMonthly: number; monthly: number; quota: unknown }) => [g.perHeadMonthly, g.monthly, g.quota])).toEqual([
      [11_808, 74_520_288, { target: 6_311, enrolled: null, carried: 6_286 }],
      [16_800, 50_971_200, { target: 3_034, enrolled: null, carried: 3_022 }],
    ]);
    expect(plan.groups[0].wage).toMatchObject({ amount: 2_186_826, provinceName: 'Nusa Tenggara Timur', rule: expect.stringMatching(/^wage\.ump\.53@2024/) });
    expect(plan.groups[0].lines.map((l: { program: string; rateBp: number }) => [l.program, l.rateBp])).toEqual([['JKK', 24], ['JKM', 30]]);
    expect(plan.byMonth).toHaveLength(12);
    expect(plan.byMonth[10]).toMatchObject({ month: '2025-11', cumulative: 1_380_406_368, isCovered: true });
    expect(plan.byMonth[11].isCovered).toBe(false);
    expect(plan.warnings[0]).toEqual({ code: 'PLAN_EXCEEDS_BUDGET', details: { shortfall: 5_897_856, headsCarried: 9_308, monthsCarried: 11 } });
  });

  it('recomputes a what-if without saving it', async () => {
    const api = await as('viewer');
    const { id } = await demoPks();
    const url = `${BASE}/${id}/plan/what-if`;
    expect((await api.post(url, { budget: 1_510_000_000 })).json()).toMatchObject({ verdict: 'covered', remaining: 4_102_144 });
    expect((await api.post(url, { months: 11 })).json()).toMatchObject({ verdict: 'covered', total: 1_380_406_368, monthsCarried: 11 });
    const groups = (await api.get(`${BASE}/${id}/plan`)).json().groups;
    const fewer = (await api.post(url, { groups: [{ id: groups[0].groupId, headcount: 6_000 }] })).json();
    expect(fewer.total).toBe(1_505_897_856 - 311 * 11_808 * 12);
    // risk class "rendah" (0.54%) instead of "sangat rendah": JKK 11,809 + JKM 6,560 per head
    expect((await api.post(url, { groups: [{ id: groups[0].groupId, riskClass: 'low' }] })).json().groups[0].perHeadMonthly).toBe(18_369);
    expect((await api.get(`${BASE}/${id}/plan`)).json().total).toBe(1_505_897_856);
  });
});

describe('a PKS from draft to addendum', () => {
  it('creates a draft, edits it, signs it, refuses edits, then takes an addendum with history', async () => {
    const api = await as('dinas');
    const created = await api.post(BASE, twoGroups('PKS/UJI/1'));
    expect(created.statusCode).toBe(201);
    const pks = created.json();
    expect(pks).toMatchObject({ status: 'draft', fiscalYear: 2026, bpjsParty: 'BPJS Ketenagakerjaan Kantor Cabang Ende', regencyParty: 'Pemerintah Kabupaten Nagekeo' });
    expect(pks.groups[0]).toMatchObject({ riskClass: 'very-low', funding: 'apbd' }); // PU default: sangat rendah
    const url = `${BASE}/${pks.id}`;
    expect((await api.patch(url, { title: 'PKS uji (revisi)' })).json().title).toBe('PKS uji (revisi)');

    expect((await api.post(`${url}/addenda`, { number: 'ADD/0', title: 'x', signedOn: '2026-01-05', changes: { note: 'x' } })).json().error.code).toBe('AGREEMENT_NOT_SIGNED');
    expect((await api.post(`${url}/sign`, { signedOn: '2025-12-20', signedPlace: 'Mbay' })).json()).toMatchObject({ status: 'signed', signedOn: '2025-12-20' });
    const locked = await api.patch(url, { title: 'diam-diam' });
    expect([locked.statusCode, locked.json().error.code]).toEqual([409, 'AGREEMENT_LOCKED']);

    const addendum = await api.post(`${url}/addenda`, {
      number: 'ADD/1', title: 'Addendum I', signedOn: '2026-03-01', reason: 'Tambahan anggaran',
      changes: { budget: { ...pks.budget, amount: 40_000_000 }, groups: [{ ...pks.groups[0], targetHeadcount: 120 }, pks.groups[1]] },
    });
    expect(addendum.statusCode).toBe(201);
    expect(addendum.json().agreement).toMatchObject({ version: 2, budget: { amount: 40_000_000 } });
    expect(addendum.json().agreement.groups.map((g: { id: number }) => g.id)).toEqual(pks.groups.map((g: { id: number }) => g.id));
    const detail = (await api.get(url)).json();
    expect(detail.addenda).toHaveLength(1);
    expect(detail.addenda[0].changes.map((c: { field: string }) => c.field)).toEqual(['groups', 'budget']);
    expect(detail.addenda[0].changes[1]).toMatchObject({ before: { amount: 30_000_000 }, after: { amount: 40_000_000 } });
    const same = await api.post(`${url}/addenda`, { number: 'ADD/2', title: 'x', signedOn: '2026-03-02', changes: { budget: { ...pks.budget, amount: 40_000_000 } } });
    expect(same.json().error.code).toBe('AGREEMENT_NO_CHANGES');

    expect((await api.post(`${url}/activate`)).json().status).toBe('active');
    expect((await api.post(`${url}/sign`, { signedOn: '2026-01-01', signedPlace: 'Mbay' })).json().error.code).toBe('AGREEMENT_STATUS_INVALID');
    const actions = await db.selectFrom('audit_log').select('action').where('entity', '=', 'agreement').where('entity_id', '=', String(pks.id)).orderBy('id').execute();
    expect(actions.map((a) => a.action)).toEqual(['agreement.create', 'agreement.update', 'agreement.sign', 'agreement.addendum', 'agreement.activate']);
  });

  it('renews a PKS into next year\'s draft: same groups, UMP a year on, budget line moved', async () => {
    const api = await as('dinas');
    const { id } = await demoPks();
    const renewed = (await api.post(`${BASE}/${id}/renew`, {})).json();
    expect(renewed).toMatchObject({ status: 'draft', fiscalYear: 2026, periodStart: '2026-01-01', periodEnd: '2026-12-31', renewedFromId: id,
      budget: { fiscalYear: 2026, amount: 1_500_000_000, dpaNumber: '' } });
    expect(renewed.title).toContain('Tahun 2026');
    expect(renewed.groups.map((g: { wage: unknown; targetHeadcount: number }) => [g.wage, g.targetHeadcount])).toEqual([
      [{ kind: 'ump', provinceCode: '53', year: 2025 }, 6_311], [{ kind: 'declared', amount: 1_000_000 }, 3_034]]);
  });

  it.each([
    [{ kind: 'mou', groups: twoGroups('x').groups }, 'AGREEMENT_MOU_SHAPE'],
    [{ branchCode: 'NOPE' }, 'BRANCH_NOT_SERVING'],
    [{ groups: [{ name: 'g', scheme: 'pu', targetHeadcount: 1, wage: { kind: 'ump', provinceCode: '53', year: 2019 } }] }, 'WAGE_UMP_UNKNOWN'],
    [{ groups: [{ name: 'g', scheme: 'bpu', targetHeadcount: 1, wage: { kind: 'fixed', amount: 1 } }] }, 'GROUP_SCHEME_MISMATCH'],
    [{ periodEnd: '2025-01-01' }, 'PERIOD_INVALID'],
    [{ number: '560/PKS/DTK-NGK/2025' }, 'AGREEMENT_NUMBER_TAKEN'],
  ])('refuses %j with %s', async (override, code) => {
    const res = await (await as('dinas')).post(BASE, { ...twoGroups(`PKS/BAD/${code}`), ...override });
    expect(res.json().error.code).toBe(code);
  });
});

describe('scope and permissions', () => {
  it('lets viewer, auditor and bpjs read but not write; opd and desa may not read agreements', async () => {
    for (const role of ['viewer', 'auditor', 'bpjs']) {
      const api = await as(role);
      expect((await api.get(BASE)).statusCode).toBe(200);
      expect((await api.post(BASE, twoGroups(`PKS/${role}`))).statusCode).toBe(403);
    }
    for (const role of ['opd', 'desa']) expect((await (await as(role)).get(BASE)).statusCode).toBe(403);
  });

  it("shows a bpjs user only its own branch's agreements (another branch's answer 404)", async () => {
    await db.insertInto('bpjs_branch').values({ code: 'KUPANG', name: 'BPJS Ketenagakerjaan Kantor Cabang Kupang', province_code: '53' }).execute();
    await db.insertInto('bpjs_branch_area').values({ branch_code: 'KUPANG', regency_code: '53.16' }).execute();
    const other = (await (await as('dinas')).post(BASE, { ...twoGroups('PKS/KUPANG'), branchCode: 'KUPANG' })).json();
    const bpjs = await as('bpjs');
    expect((await bpjs.get(BASE)).json().items.map((a: { number: string }) => a.number)).not.toContain('PKS/KUPANG');
    expect((await bpjs.get(`${BASE}/${other.id}`)).statusCode).toBe(404);
    expect((await (await as('viewer')).get(`${BASE}/${other.id}`)).statusCode).toBe(200);
  });

  it('answers 404 for a tenant outside the scope', async () => {
    expect((await (await as('dinas')).get('/api/v1/tenants/53.08/agreements')).statusCode).toBe(404);
  });
});
