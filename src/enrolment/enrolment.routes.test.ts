/**
 * Scope and permissions of every enrolment route for every role (issue #11 §6): outside scope a record
 * answers 404, without the permission 403. The Dinas does everything; BPJS (its branch serves Nagekeo)
 * reads and exchanges files but cannot enrol or end; an OPD user sees only its OPD's participants, a
 * village user only its village's; the province viewer has no access to personal data; admin and
 * auditor read only. Every mutating call by a refused role is tried before the Dinas changes anything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF, client, loginAs } from '../../test/support/http';
import { createTestApp, DEMO_USERS } from '../../test/support/server';
import { multipart, register, smallPks, testNik } from '../../test/support/enrolment';
import { enrol } from './enrolment-assign.service';
import { createRegistrationBatch } from './enrolment-exchange.service';
import { dinasCtx } from '../../test/support/enrolment';

type Role = 'admin' | 'dinas' | 'opd' | 'desa' | 'bpjs' | 'viewer' | 'auditor';
const ROLES: Role[] = ['admin', 'dinas', 'opd', 'desa', 'bpjs', 'viewer', 'auditor'];
const USER: Record<Role, string> = { admin: 'admin', dinas: 'dinas.nagekeo', opd: 'opd.pendidikan', desa: 'desa.labolewa', bpjs: 'bpjs.ende', viewer: 'viewer.ntt', auditor: 'auditor.nagekeo' };

let env: Awaited<ReturnType<typeof createTestApp>>;
const as: Partial<Record<Role, ReturnType<typeof client> & { cookie: string }>> = {};
const base = '/api/v1/tenants/53.16';
let ids: { agreement: number; rentan: number; honorer: number; batch: number };

beforeAll(async () => {
  env = await createTestApp();
  const db = env.t.db;
  const pks = await smallPks(db, '53.16', { pu: 5, bpu: 5 });
  // a rentan of Desa Labolewa (the desa user's village) and a non-ASN of the Dinas Pendidikan (the opd user's OPD)
  await register(db, '53.16', [
    { nik: testNik(1), name: 'Rentan Labolewa', rentan: true, village: '53.16.01.2002' },
    { nik: testNik(2), name: 'Honorer Pendidikan', rentan: false, opd: 'Dinas Pendidikan, Kepemudaan dan Olahraga' },
  ]);
  const r = await enrol(db, dinasCtx('53.16'), '53.16', { agreementId: pks.agreementId, from: '2026-01-01' }, '2026-06-30');
  const batch = await createRegistrationBatch(db, dinasCtx('53.16'), '53.16', pks.agreementId);
  const rows = await db.selectFrom('participation').select(['id', 'worker_group']).where('id', 'in', r.participationIds).execute();
  ids = { agreement: pks.agreementId, rentan: rows.find((x) => x.worker_group === 'rentan')!.id, honorer: rows.find((x) => x.worker_group === 'non-asn')!.id, batch: batch.id };
  for (const role of ROLES) {
    const u = DEMO_USERS.find((x) => x.username === USER[role])!;
    const cookie = await loginAs(env.app, u.username, u.password);
    as[role] = Object.assign(client(env.app, cookie), { cookie });
  }
}, 120_000);
afterAll(() => env?.close());

// expected status per role, in ROLES order: admin, dinas, opd, desa, bpjs, viewer, auditor
const READS: [string, () => string, number[]][] = [
  ['participants list', () => `${base}/participants`, [200, 200, 200, 200, 200, 403, 200]],
  ['a village rentan', () => `${base}/participants/${ids.rentan}`, [200, 200, 404, 200, 200, 403, 200]],
  ['an OPD non-ASN', () => `${base}/participants/${ids.honorer}`, [200, 200, 200, 404, 200, 403, 200]],
  ['groups with quota', () => `${base}/agreements/${ids.agreement}/enrolment-groups`, [200, 200, 200, 200, 200, 403, 200]],
  ['waitlist', () => `${base}/enrolment/waitlist?agreementId=${ids.agreement}`, [200, 200, 200, 200, 200, 403, 200]],
  ['templates', () => `${base}/enrolment/templates`, [200, 200, 200, 200, 200, 403, 200]],
  ['batches', () => `${base}/enrolment/batches`, [200, 200, 200, 200, 200, 403, 200]],
  ['one batch', () => `${base}/enrolment/batches/${ids.batch}`, [200, 200, 200, 200, 200, 403, 200]],
  ['batch file (personal data)', () => `${base}/enrolment/batches/${ids.batch}/export?format=csv`, [403, 200, 403, 403, 200, 403, 403]],
  ['answers', () => `${base}/enrolment/answers`, [403, 200, 403, 403, 200, 403, 403]],
];

describe('enrolment routes: scope and permission per role', () => {
  it.each(READS)('GET %s', async (_name, url, expected) => {
    const got = [];
    for (const role of ROLES) got.push((await as[role]!.get(url())).statusCode);
    expect(got).toEqual(expected);
  });

  it('the participants list of an OPD or village user holds only its own', async () => {
    const idsOf = async (role: Role) => (await as[role]!.get(`${base}/participants`)).json().items.map((p: { id: number }) => p.id);
    expect(await idsOf('opd')).toEqual([ids.honorer]);
    expect(await idsOf('desa')).toEqual([ids.rentan]);
    expect((await idsOf('dinas')).sort()).toEqual([ids.honorer, ids.rentan].sort());
  });

  it('another regency (Kabupaten Ende, no tenant here) answers 404 to everyone', async () => {
    for (const role of ROLES) expect((await as[role]!.get('/api/v1/tenants/53.08/participants')).statusCode).toBe(404);
  });

  const WRITES: [string, (role: Role) => Promise<number>, number[]][] = [
    ['end', async (r) => (await as[r]!.post(`${base}/participants/${ids.rentan}/end`, { on: '2026-06-30', reason: 'pindah' })).statusCode, [403, 200, 403, 403, 403, 403, 403]],
    ['enrol', async (r) => (await as[r]!.post(`${base}/enrolment/enrol`, { agreementId: ids.agreement, from: '2026-07-01' })).statusCode, [403, 200, 403, 403, 403, 403, 403]],
    ['new batch', async (r) => (await as[r]!.post(`${base}/enrolment/batches`, { agreementId: ids.agreement })).statusCode, [403, 409, 403, 403, 403, 403, 403]],
    ['non-active report', async (r) => (await as[r]!.post(`${base}/enrolment/non-active-export`)).statusCode, [403, 200, 403, 403, 403, 403, 403]],
    ['settings', async (r) => (await env.app.inject({ method: 'PUT', url: `${base}/enrolment/settings`, headers: { cookie: as[r]!.cookie, ...CSRF }, payload: { waitlistOrder: 'registered' } })).statusCode, [403, 200, 403, 403, 403, 403, 403]],
    ['answer upload', async (r) => {
      const upload = multipart('jawaban.csv', Buffer.from(`nik,kpj,tanggal_kepesertaan,status\n${testNik(1)},26000000001,2026-01-01,diterima\n`));
      return (await env.app.inject({ method: 'POST', url: `${base}/enrolment/answers`, headers: { cookie: as[r]!.cookie, ...CSRF, 'content-type': upload.contentType }, payload: upload.body })).statusCode;
    }, [403, 200, 403, 403, 200, 403, 403]],
  ];

  it.each(WRITES)('POST %s', async (_name, call, expected) => {
    // refused roles first: a refused call must change nothing the Dinas's call then relies on
    const order = ROLES.map((r, i) => [r, i] as const).sort(([a], [b]) => Number(a === 'dinas') - Number(b === 'dinas'));
    const got: number[] = [];
    for (const [role, i] of order) got[i] = await call(role);
    expect(got).toEqual(expected);
  });
});
