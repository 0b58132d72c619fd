/**
 * The payment routes for every role (issue #12 item 10): outside scope 404, without permission 403.
 * The Dinas records and reverses; BPJS (its branch serves Nagekeo) and the auditor read; OPD and village
 * users see their own participants' bill lines only, never the regency's payments; the province viewer
 * has no billing access. Refused writes are tried before the Dinas changes anything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../clock/clock';
import { client, loginAs } from '../../test/support/http';
import { someBills } from '../../test/support/payments';
import { createTestApp, DEMO_USERS } from '../../test/support/server';
import { smallPks } from '../../test/support/enrolment';

type Role = 'admin' | 'dinas' | 'opd' | 'desa' | 'bpjs' | 'viewer' | 'auditor';
const ROLES: Role[] = ['admin', 'dinas', 'opd', 'desa', 'bpjs', 'viewer', 'auditor'];
const USER: Record<Role, string> = { admin: 'admin', dinas: 'dinas.nagekeo', opd: 'opd.pendidikan', desa: 'desa.labolewa', bpjs: 'bpjs.ende', viewer: 'viewer.ntt', auditor: 'auditor.nagekeo' };

let env: Awaited<ReturnType<typeof createTestApp>>;
const as = {} as Record<Role, ReturnType<typeof client>>;
const base = '/api/v1/tenants/53.16';
let pks: number;
let bills: number[];

beforeAll(async () => {
  env = await createTestApp({ clock: fixedClock('2026-03-10') });
  const db = env.t.db;
  const p = await smallPks(db, '53.16', { pu: 5, bpu: 5 });
  pks = p.agreementId;
  bills = await someBills(db, '53.16', pks, [
    { month: '2026-01', dueOn: '2026-02-16', amount: 1_000_000, groupId: p.puGroup },
    { month: '2026-02', dueOn: '2026-03-16', amount: 1_000_000, groupId: p.puGroup },
  ]);
  for (const role of ROLES) {
    const u = DEMO_USERS.find((x) => x.username === USER[role])!;
    as[role] = client(env.app, await loginAs(env.app, u.username, u.password));
  }
}, 120_000);
afterAll(() => env?.close());

const byRole = async (call: (c: ReturnType<typeof client>) => Promise<{ statusCode: number }>) =>
  Promise.all(ROLES.map(async (r) => (await call(as[r])).statusCode));

// expected status per role, in ROLES order: admin, dinas, opd, desa, bpjs, viewer, auditor
const READS: [string, () => string, number[]][] = [
  ['payments of a PKS', () => `${base}/agreements/${pks}/payments`, [200, 200, 403, 403, 200, 403, 200]],
  ['realisation', () => `${base}/agreements/${pks}/realisation`, [200, 200, 403, 403, 200, 403, 200]],
  ['alerts', () => `${base}/billing/alerts`, [200, 200, 403, 403, 200, 403, 200]],
  ['another regency', () => '/api/v1/tenants/53.10/billing/alerts', [404, 404, 404, 404, 404, 404, 404]],
];

describe('payment routes: scope and permission per role', () => {
  it('refuses every write but the Dinas\'s', async () => {
    const body = { sp2dNumber: 'SP2D/TOLAK', paidOn: '2026-03-01', amount: 1 };
    expect(await byRole((c) => c.post(`${base}/agreements/${pks}/payments`, body))).toEqual([403, 200, 403, 403, 403, 403, 403]);
  });

  it.each(READS)('%s', async (_name, url, expected) => {
    expect(await byRole((c) => c.get(url()))).toEqual(expected);
  });
});

describe('payment routes: record, list, reverse, realisation, alerts', () => {
  it('records an SP2D oldest due first, lists it with its receipt lines and reverses it with a reason', async () => {
    const dinas = as.dinas;
    const first = await dinas.post(`${base}/agreements/${pks}/payments`, { sp2dNumber: 'SP2D/900/2026', paidOn: '2026-03-05', amount: 1_500_000, account: 'RKUD Nagekeo' });
    expect(first.statusCode).toBe(200);
    // the role test's 1-rupiah SP2D paid January first
    expect(first.json()).toMatchObject({ allocated: [{ billId: bills[0], amount: 999_999 }, { billId: bills[1], amount: 500_001 }], credit: 0, alreadyRecorded: false });
    const again = await dinas.post(`${base}/agreements/${pks}/payments`, { sp2dNumber: 'SP2D/900/2026', paidOn: '2026-03-05', amount: 1_500_000 });
    expect(again.json()).toMatchObject({ paymentId: first.json().paymentId, alreadyRecorded: true });
    const conflict = await dinas.post(`${base}/agreements/${pks}/payments`, { sp2dNumber: 'SP2D/900/2026', paidOn: '2026-03-05', amount: 2 });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().error.code).toBe('PAYMENT_SP2D_CONFLICT');

    const one = (await dinas.get(`${base}/payments/${first.json().paymentId}`)).json();
    expect(one).toMatchObject({ sp2dNumber: 'SP2D/900/2026', account: 'RKUD Nagekeo', reversed: false, allocated: [{ month: '2026-01', amount: 999_999 }, { month: '2026-02', amount: 500_001 }] });

    const alerts = (await dinas.get(`${base}/billing/alerts`)).json();
    expect(alerts.items).toEqual([expect.objectContaining({ code: 'BILL_DUE_SOON', billId: bills[1], outstanding: 499_999, status: 'kurang-bayar' })]);

    const reversed = await dinas.post(`${base}/payments/${first.json().paymentId}/reversal`, { reason: 'Nominal SP2D keliru' });
    expect(reversed.json()).toEqual({ paymentId: first.json().paymentId, reversed: true, reason: 'Nominal SP2D keliru' });
    const twice = await dinas.post(`${base}/payments/${first.json().paymentId}/reversal`, { reason: 'lagi' });
    expect(twice.statusCode).toBe(409);

    const r = (await dinas.get(`${base}/agreements/${pks}/realisation`)).json();
    // the Dinas's 1-rupiah SP2D from the role test is the only one left; January is overdue
    expect(r).toMatchObject({ billed: 2_000_000, paid: 1, outstanding: 1_999_999 });
    expect(r.warnings).toEqual([{ code: 'BILL_OVERDUE', billId: bills[0], dueOn: '2026-02-16' }, { code: 'BILL_DUE_SOON', billId: bills[1], dueOn: '2026-03-16' }]);
  });

  it('answers bad input with a translated 400, never a 5xx', async () => {
    const res = await as.dinas.post(`${base}/agreements/${pks}/payments`, { sp2dNumber: 'X', paidOn: '2026-13-01', amount: 1.5 });
    expect(res.statusCode).toBe(400);
    const future = await as.dinas.post(`${base}/agreements/${pks}/payments`, { sp2dNumber: 'X', paidOn: '2026-03-11', amount: 1 });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.code).toBe('PAYMENT_DATE_FUTURE');
  });
});
