/**
 * Dates of agreements at the door (issue 16): a PKS ending in 2205 (a typo for 2025) used to be stored
 * and then failed the regency's whole agreement list with PLAN_MONTHS_INVALID for every role; impossible
 * days (2025-02-30) reached PostgreSQL as a 500; an addendum "signed" on 9999-12-31 was stored.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../http/types';
import type { Db } from '../db/database';
import { createTestApp, DEMO_USERS } from '../../test/support/server';
import { client, loginAs } from '../../test/support/http';
import { twoGroups } from '../../test/support/agreements';

let app: App;
let db: Db;
let close: () => Promise<void>;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  const t = await createTestApp();
  ({ app, close } = t);
  db = t.t.db;
  const dinas = DEMO_USERS.find((u) => u.role === 'dinas')!;
  api = client(app, await loginAs(app, dinas.username, dinas.password), 'en');
});
afterAll(() => close());
const BASE = '/api/v1/tenants/53.16/agreements';

describe('agreement periods', () => {
  it.each([
    ['a period ending in 2205', { periodEnd: '2205-12-31' }, 'periodEnd'],
    ['a PKS of more than five years', { periodEnd: '2031-12-31' }, 'periodEnd'],
    ['a day that does not exist', { periodEnd: '2026-02-30' }, 'periodEnd'],
    ['a start before 2000', { periodStart: '1026-01-01' }, 'periodStart'],
  ])('refuses %s with a field error', async (_what, override, field) => {
    const res = await api.post(BASE, { ...twoGroups(`PKS/${field}/${Object.values(override)[0]}`), ...override });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields?.[0]?.path).toBe(field);
  });

  it('keeps listing every agreement when one stored record cannot be planned', async () => {
    const created = await api.post(BASE, twoGroups('PKS/rusak/2026'));
    expect(created.statusCode).toBe(201);
    // a record written before this validation existed (or by hand): its plan cannot be computed
    await sql`UPDATE agreement SET period_end = '2205-12-31' WHERE tenant_code = '53.16' AND id = ${created.json().id}`.execute(db);
    for (const role of ['dinas', 'bpjs', 'viewer'] as const) {
      const u = DEMO_USERS.find((d) => d.role === role)!;
      const list = await client(app, await loginAs(app, u.username, u.password)).get(BASE);
      expect(list.statusCode).toBe(200);
      const items = list.json().items as { id: number; number: string; plan: unknown; planError?: string }[];
      expect(items.find((a) => a.number === '560/PKS/DTK-NGK/2025')!.plan).not.toBeNull();
      const broken = items.find((a) => a.id === created.json().id);
      if (broken) expect(broken).toMatchObject({ plan: null, planError: 'PLAN_MONTHS_INVALID' });
    }
    const detail = await api.get(`${BASE}/${created.json().id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({ plan: null, planError: 'PLAN_MONTHS_INVALID' });
  });
});

describe('signing and addendum dates', () => {
  it('refuses an impossible signing day with 400, not 500', async () => {
    const draft = (await api.post(BASE, twoGroups('PKS/sign/2026'))).json();
    const res = await api.post(`${BASE}/${draft.id}/sign`, { signedOn: '2025-02-30', signedPlace: 'Mbay' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([{ path: 'signedOn', message: expect.stringMatching(/does not exist/) }]);
  });

  it.each([['9999-12-31', /between/], ['2025-02-30', /does not exist/]])('refuses an addendum signed on %s', async (signedOn, reason) => {
    const pks = ((await api.get(BASE)).json().items as { id: number; number: string }[]).find((a) => a.number === '560/PKS/DTK-NGK/2025')!;
    const res = await api.post(`${BASE}/${pks.id}/addenda`, { number: `ADD/${signedOn}`, title: 'Tambah', signedOn, changes: { note: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([{ path: 'signedOn', message: expect.stringMatching(reason) }]);
  });
});
