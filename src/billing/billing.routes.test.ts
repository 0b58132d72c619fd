/**
 * The billing API as each role uses it (app.inject on a real database): the Dinas runs a month; readers by
 * role; `opd`/`desa` users see only their own participants' share; an amount explains itself; holidays.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aParticipant } from '../../test/factories';
import { createTestApp, DEMO_USERS } from '../../test/support/server';
import { client, loginAs } from '../../test/support/http';
import type { App } from '../http/types';
import { cliContext } from '../auth/actor';
import { createTenant } from '../tenants/tenants.service';
import type { TestDb } from '../../test/support/db';

let env: { app: App; t: TestDb; close(): Promise<void> };
const as: Record<string, ReturnType<typeof client>> = {};
let pksId = 0;
let opdOwn = 0;
const base = '/api/v1/tenants/53.16';

beforeAll(async () => {
  env = await createTestApp();
  const db = env.t.db;
  const pks = await db.selectFrom('agreement').select('id').where('kind', '=', 'pks').executeTakeFirstOrThrow();
  pksId = pks.id;
  const groups = await db.selectFrom('agreement_group').select(['id', 'scheme']).where('agreement_id', '=', pksId).execute();
  const opds = await db.selectFrom('opd').select(['id', 'name']).execute();
  opdOwn = opds.find((o) => o.name === 'Dinas Pendidikan, Kepemudaan dan Olahraga')!.id;
  const opdOther = opds.find((o) => o.id !== opdOwn)!.id;
  const pu = groups.find((g) => g.scheme === 'pu')!.id;
  const bpu = groups.find((g) => g.scheme === 'bpu')!.id;
  const spec = { agreementId: pksId, from: '2025-01-01', to: '2025-12-31' };
  await aParticipant(db, '53.16', { ...spec, groupId: pu, opdId: opdOwn });
  await aParticipant(db, '53.16', { ...spec, groupId: pu, opdId: opdOther });
  await aParticipant(db, '53.16', { ...spec, groupId: bpu, group: 'rentan', villageCode: '53.16.01.2002' });
  await aParticipant(db, '53.16', { ...spec, groupId: bpu, group: 'rentan', villageCode: '53.16.01.2003' });
  for (const u of DEMO_USERS) as[u.role] ??= client(env.app, await loginAs(env.app, u.username, u.password));
}, 240_000);
afterAll(() => env.close());

describe('POST /billing/runs', () => {
  it('the Dinas runs a month; again answers created 0 with the same bills', async () => {
    const first = await as.dinas!.post(`${base}/billing/runs`, { month: '2025-01', agreementId: pksId });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ month: '2025-01', created: 2 });
    expect(first.json().bills.map((b: { amount: number }) => b.amount).sort()).toEqual([2 * 11_808, 2 * 16_800].sort());
    const again = await as.dinas!.post(`${base}/billing/runs`, { month: '2025-01', agreementId: pksId });
    expect(again.json()).toEqual({ ...first.json(), created: 0 });
  });

  it.each(['opd', 'desa', 'bpjs', 'auditor', 'admin'])('%s may not run billing (403)', async (role) => {
    expect((await as[role]!.post(`${base}/billing/runs`, { month: '2025-02' })).statusCode).toBe(403);
  });

  it('a malformed month is refused at the door (400), never a 5xx', async () => {
    const r = await as.dinas!.post(`${base}/billing/runs`, { month: '2025-13' });
    expect(r.statusCode).toBe(400);
  });
});

describe('reading bills by role', () => {
  it.each([['dinas', 200], ['bpjs', 200], ['auditor', 200], ['admin', 200], ['opd', 200], ['desa', 200], ['viewer', 403]])('%s → %i', async (role, status) => {
    const r = await as[role]!.get(`${base}/bills?agreementId=${pksId}`);
    expect(r.statusCode).toBe(status);
    if (status === 200) expect(r.json().items.map((b: { status: string }) => b.status)).toEqual(['lewat-jatuh-tempo', 'lewat-jatuh-tempo']);
  });

  it('one bill sums per OPD; an opd user sees only its OPD, its lines only, with masked NIKs', async () => {
    const pu = (await as.dinas!.get(`${base}/bills?agreementId=${pksId}`)).json().items.find((b: { scheme: string }) => b.scheme === 'pu');
    const all = (await as.dinas!.get(`${base}/bills/${pu.id}`)).json();
    expect(all.byUnit).toHaveLength(2);
    expect(all).toMatchObject({ amount: 2 * 11_808, participants: 2, programmes: { JKK: 2 * 5_248, JKM: 2 * 6_560 } });
    const own = (await as.opd!.get(`${base}/bills/${pu.id}`)).json();
    expect(own.byUnit).toEqual([{ unitKind: 'opd', code: String(opdOwn), name: 'Dinas Pendidikan, Kepemudaan dan Olahraga', participants: 1, amount: 11_808 }]);
    const lines = (await as.opd!.get(`${base}/bills/${pu.id}/lines`)).json();
    expect(lines.total).toBe(1);
    expect(lines.items[0]).toMatchObject({ amount: 11_808, baseSource: 'ump:53:2024', programmes: { JKK: 5_248, JKM: 6_560, JHT: 0 } });
    expect(lines.items[0].nikMasked).toMatch(/^\d{4}\*{8}\d{4}$/);
    expect((await as.dinas!.get(`${base}/bills/${pu.id}/lines`)).json().total).toBe(2);
  });

  it('a desa user sees only its village\'s lines', async () => {
    const bpu = (await as.dinas!.get(`${base}/bills?agreementId=${pksId}`)).json().items.find((b: { scheme: string }) => b.scheme === 'bpu');
    const lines = (await as.desa!.get(`${base}/bills/${bpu.id}/lines`)).json();
    expect(lines.total).toBe(1);
    expect((await as.desa!.get(`${base}/bills/${bpu.id}`)).json().byUnit.map((u: { code: string }) => u.code)).toEqual(['53.16.01.2002']);
  });

  it('one amount explains itself: each programme with its rate, base, rule and legal basis', async () => {
    const pu = (await as.dinas!.get(`${base}/bills?agreementId=${pksId}`)).json().items.find((b: { scheme: string }) => b.scheme === 'pu');
    const line = (await as.dinas!.get(`${base}/bills/${pu.id}/lines?limit=1`)).json().items[0];
    const r = await as.dinas!.get(`${base}/bills/${pu.id}/lines/${line.participationId}/explanation?month=2025-01`);
    expect(r.statusCode).toBe(200);
    const e = r.json();
    expect(e.lines.map((l: { code: string; amount: number; rateBp: number }) => [l.code, l.amount, l.rateBp])).toEqual([['JKK.rate', 5_248, 24], ['JKM.rate', 6_560, 30]]);
    expect(e.lines[0].basis).toContain('PP 44/2015');
    expect(e.inputs).toMatchObject({ base: 2_186_826, scheme: 'pu', amount: 11_808 });
    const missing = await as.dinas!.get(`${base}/bills/${pu.id}/lines/${line.participationId}/explanation?month=2025-02`);
    expect(missing.statusCode).toBe(404);
  });

  it('another regency\'s bills, or a bill that is not there, answer 404 (outsiders learn nothing)', async () => {
    await createTenant(env.t.db, cliContext(), '53.11'); // Sumba Timur: outside Nagekeo's users and Cabang Ende
    for (const role of ['dinas', 'opd', 'desa', 'bpjs', 'auditor']) {
      expect((await as[role]!.get('/api/v1/tenants/53.11/bills')).statusCode).toBe(404);
      expect((await as[role]!.post('/api/v1/tenants/53.11/billing/runs', { month: '2025-01' })).statusCode).toBe(404);
    }
    expect((await as.dinas!.get('/api/v1/tenants/53.16/bills/999999')).statusCode).toBe(404);
  });
});

describe('holidays', () => {
  it('anyone signed in lists a year; only an admin adds', async () => {
    const list = await as.desa!.get('/api/v1/holidays?year=2025');
    expect(list.json().items.find((h: { date: string }) => h.date === '2025-08-17')).toMatchObject({ recurring: true, nameEn: 'Independence Day' });
    const body = { date: '2027-03-10', kind: 'national', nameId: 'Idul Fitri', nameEn: 'Eid al-Fitr', source: 'SKB (contoh)' };
    expect((await as.dinas!.post('/api/v1/holidays', body)).statusCode).toBe(403);
    expect((await as.admin!.post('/api/v1/holidays', body)).statusCode).toBe(201);
    expect((await as.admin!.post('/api/v1/holidays', body)).statusCode).toBe(409);
  });
});
