/**
 * Bills and payments of a regency served by two BPJS branches (issue #12 item 10): a `bpjs` user sees the
 * bills, lines, documents and payments of its own branch's PKS only — another branch's answer 404 as if
 * they did not exist (before this, the bill list, a bill, its lines and its explanation showed them). The
 * regency's own readers see both; the province viewer has no billing access.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBranch } from '../branches/branch-directory.service';
import { fixedClock } from '../clock/clock';
import { smallPks } from '../../test/support/enrolment';
import { client, loginAs } from '../../test/support/http';
import { someBills } from '../../test/support/payments';
import { createTestApp, DEMO_USERS } from '../../test/support/server';

type Role = 'admin' | 'dinas' | 'opd' | 'desa' | 'bpjs' | 'viewer' | 'auditor';
const ROLES: Role[] = ['admin', 'dinas', 'opd', 'desa', 'bpjs', 'viewer', 'auditor'];
const base = '/api/v1/tenants/53.16';
let env: Awaited<ReturnType<typeof createTestApp>>;
const as = {} as Record<Role, ReturnType<typeof client>>;
let own: { pks: number; bill: number; payment: number };
let other: { pks: number; bill: number; payment: number };

beforeAll(async () => {
  env = await createTestApp({ clock: fixedClock('2026-03-10') });
  const db = env.t.db;
  const a = await smallPks(db, '53.16', { pu: 5, bpu: 5 });
  const b = await smallPks(db, '53.16', { pu: 5, bpu: 5 }, 'TEST/PKS/LAIN/2026');
  await ensureBranch(db, { code: 'KC-LAIN', name: 'Kantor Cabang Lain (uji)', provinceCode: '53', serves: ['53.16'] });
  await sql`UPDATE agreement SET branch_code = 'KC-LAIN' WHERE id = ${b.agreementId}`.execute(db);
  const [billA] = await someBills(db, '53.16', a.agreementId, [{ month: '2026-01', dueOn: '2026-03-12', amount: 100_000, groupId: a.puGroup }]);
  const [billB] = await someBills(db, '53.16', b.agreementId, [{ month: '2026-01', dueOn: '2026-03-12', amount: 200_000, groupId: b.puGroup }]);
  for (const role of ROLES) {
    const u = DEMO_USERS.find((x) => x.role === role)!;
    as[role] = client(env.app, await loginAs(env.app, u.username, u.password));
  }
  const pay = async (pks: number, sp2d: string) => (await as.dinas.post(`${base}/agreements/${pks}/payments`, { sp2dNumber: sp2d, paidOn: '2026-03-01', amount: 1_000 })).json().paymentId as number;
  own = { pks: a.agreementId, bill: billA!, payment: await pay(a.agreementId, 'SP2D/A') };
  other = { pks: b.agreementId, bill: billB!, payment: await pay(b.agreementId, 'SP2D/B') };
}, 120_000);
afterAll(() => env?.close());

const statuses = (url: string) => Promise.all(ROLES.map(async (r) => (await as[r].get(url)).statusCode));

describe('a bpjs user and another branch\'s PKS in its own regency', () => {
  it('lists only its own branch\'s bills; the regency\'s readers list both', async () => {
    const ids = async (r: Role) => (await as[r].get(`${base}/bills`)).json().items.map((b: { id: number }) => b.id).sort();
    expect(await ids('bpjs')).toEqual([own.bill]);
    expect(await ids('dinas')).toEqual([own.bill, other.bill].sort());
    expect(await ids('auditor')).toEqual([own.bill, other.bill].sort());
  });

  // expected per role, in ROLES order: admin, dinas, opd, desa, bpjs, viewer, auditor
  it.each([
    ['the other branch\'s bill', () => `${base}/bills/${other.bill}`, [200, 200, 200, 200, 404, 403, 200]],
    ['its lines', () => `${base}/bills/${other.bill}/lines`, [200, 200, 200, 200, 404, 403, 200]],
    ['an explanation on it', () => `${base}/bills/${other.bill}/lines/1/explanation?month=2026-01`, [404, 404, 404, 404, 404, 403, 404]],
    ['its PDF', () => `${base}/bills/${other.bill}/bill.pdf`, [200, 200, 200, 200, 404, 403, 200]],
    ['its payments', () => `${base}/agreements/${other.pks}/payments`, [200, 200, 403, 403, 404, 403, 200]],
    ['a payment of it', () => `${base}/payments/${other.payment}`, [200, 200, 403, 403, 404, 403, 200]],
    ['its receipt', () => `${base}/payments/${other.payment}/receipt.pdf`, [200, 200, 403, 403, 404, 403, 200]],
    ['own branch\'s bill', () => `${base}/bills/${own.bill}`, [200, 200, 200, 200, 200, 403, 200]],
    ['own branch\'s payment', () => `${base}/payments/${own.payment}`, [200, 200, 403, 403, 200, 403, 200]],
  ] as [string, () => string, number[]][])('%s', async (_name, url, expected) => {
    expect(await statuses(url())).toEqual(expected);
  });

  it('alerts name only its own branch\'s bills', async () => {
    const ids = (await as.bpjs.get(`${base}/billing/alerts`)).json().items.map((a: { billId: number }) => a.billId);
    expect(ids).toEqual([own.bill]);
  });
});
