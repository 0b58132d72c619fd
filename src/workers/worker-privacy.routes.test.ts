/**
 * What roles without the full-NIK permission (auditor, admin) can learn about a person (issue 16): the
 * mask plus birth date and sex used to leave 2 unknown digits, and a full-NIK search confirmed a guess
 * (4 of 4 NIKs recovered in 2 searches each, logged as plain `person.view`); the history showed the phone
 * and mother's name the detail hides. Edits now validate what the import validates.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_USERS } from '../../test/support/server';
import { client, loginAs } from '../../test/support/http';
import type { Db } from '../db/database';
import type { App } from '../http/types';

let app: App;
let db: Db;
let close: () => Promise<void>;
let personId: number;
let membershipId: number;
const NIK = '5316014101900001';
const BASE = '/api/v1/tenants/53.16/workers';
const sessions = new Map<string, string>();
const as = async (role: string, lang = 'en') => {
  const u = DEMO_USERS.find((d) => d.role === role)!;
  if (!sessions.has(role)) sessions.set(role, await loginAs(app, u.username, u.password));
  return client(app, sessions.get(role)!, lang);
};

beforeAll(async () => {
  const t = await createTestApp();
  ({ app, close } = t);
  db = t.t.db;
  const opd = await db.selectFrom('opd').select('id').where('tenant_code', '=', '53.16').orderBy('id').executeTakeFirstOrThrow();
  const person = await db.insertInto('person').values({
    tenant_code: '53.16', nik: NIK, name: 'Maria Goreti', name_key: 'maria goreti', name_initials: 'mg', birth_place: 'Mbay',
    birth_date: '1990-01-01', sex: 'P', mother_name: 'Yuliana Bupu', address: 'Jl. Mbay', village_code: '53.16.01.2002', phone: '081234567890',
    merged_into: null, source_batch_id: null, source_row_no: null,
  }).returning('id').executeTakeFirstOrThrow();
  personId = person.id;
  const m = await db.insertInto('membership').values({
    tenant_code: '53.16', person_id: personId, worker_group: 'non-asn', opd_id: opd.id, position: 'Guru', wage: 2_000_000,
    employment_start: '2026-01-05', occupation: null, village_code: null, declared_income: null, welfare_decile: null,
    started_on: '2026-01-05', ended_on: null, source_batch_id: null,
  }).returning('id').executeTakeFirstOrThrow();
  membershipId = m.id;
});
afterAll(() => close());

const auditActions = async (username: string) =>
  (await sql<{ action: string }>`SELECT action FROM audit_log WHERE actor_username = ${username} ORDER BY id`.execute(db)).rows.map((r) => r.action);

describe('masked NIKs cannot be recovered by roles without nik:full', () => {
  it('shows such roles no digit beyond the regency, so birth date and sex leave thousands of candidates', async () => {
    for (const role of ['auditor', 'admin']) {
      const found = (await (await as(role)).get(`${BASE}?q=maria`)).json().items[0];
      expect(found).toMatchObject({ nik: '5316************', nikMasked: true, birthDate: '1990-01-01', sex: 'P' });
      expect((await (await as(role)).get(`${BASE}/${personId}`)).json().nik).toBe('5316************');
    }
    // a role that may reveal the NIK still sees the familiar mask before revealing
    expect((await (await as('dinas')).get(`${BASE}?q=maria`)).json().items[0].nik).toBe('5316********0001');
  });

  it('refuses partial-NIK searches from such roles (each digit would confirm a guess)', async () => {
    const res = await (await as('auditor')).get(`${BASE}?q=53160141019`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('NIK_SEARCH_FULL_ONLY');
    expect((await (await as('dinas')).get(`${BASE}?q=53160141019`)).json().total).toBe(1);
  });

  it('audits a full-NIK search by such a role as a NIK lookup and limits it', async () => {
    const auditor = await as('auditor');
    const first = await auditor.get(`${BASE}?q=${NIK}`);
    expect(first.json().total).toBe(1);
    expect(await auditActions(DEMO_USERS.find((u) => u.role === 'auditor')!.username)).toContain('person.nik.lookup');
    const statuses: number[] = [];
    for (let guess = 2; guess <= 12; guess++) statuses.push((await auditor.get(`${BASE}?q=53160141019000${String(guess).padStart(2, '0')}`)).statusCode);
    expect(statuses.slice(0, 9).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(9)).toEqual([429, 429]);
    const limited = await auditor.get(`${BASE}?q=${NIK}`);
    expect(limited.json().error.code).toBe('NIK_LOOKUP_LIMITED');
    // name searches go on
    expect((await auditor.get(`${BASE}?q=maria`)).statusCode).toBe(200);
  });
});

describe('one field policy for every view of a person', () => {
  it('hides the phone and mother name in the history from roles whose detail hides them', async () => {
    const dinas = await as('dinas');
    const edit = await dinas.patch(`${BASE}/${personId}`, { phone: '081298765432', motherName: 'Yuliana Wea', address: 'Jl. Baru' });
    expect(edit.statusCode).toBe(200);
    const detail = (await (await as('auditor')).get(`${BASE}/${personId}`)).json();
    expect(detail).toMatchObject({ phone: null, motherName: null });
    const history = (await (await as('auditor')).get(`${BASE}/${personId}/history`)).json().items as { action: string; changes: Record<string, unknown> }[];
    const update = history.find((h) => h.action === 'update')!;
    expect(JSON.stringify(history)).not.toMatch(/0812|Yuliana/);
    expect(update.changes.address).toEqual({ from: 'Jl. Mbay', to: 'Jl. Baru' });
    expect(update.changes.phone).toEqual({ from: null, to: null, hidden: true });
    const full = (await dinas.get(`${BASE}/${personId}/history`)).json().items.find((h: { action: string }) => h.action === 'update');
    expect(full.changes.phone).toEqual({ from: '081234567890', to: '081298765432' });
  });
});

describe('edits validate what the import validates', () => {
  it.each([
    ['a village that does not exist', '53.16.99.9999', 'REGION_UNKNOWN'],
    ['a code of no regency at all', '99.99.99.9999', 'VILLAGE_OUTSIDE_TENANT'],
    ['a district code, not a village', '53.16.01', 'VALIDATION'],
  ])('refuses %s', async (_what, villageCode, code) => {
    const res = await (await as('dinas')).patch(`${BASE}/${personId}`, { villageCode });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe(code);
  });

  it("refuses another regency's village", async () => {
    const other = await db.selectFrom('region').select('code').where('level', '=', 'village').where('code', 'like', '53.10.%').executeTakeFirstOrThrow();
    const res = await (await as('dinas')).patch(`${BASE}/${personId}`, { villageCode: other.code });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VILLAGE_OUTSIDE_TENANT', fields: [{ path: 'villageCode' }] });
    const person = await db.selectFrom('person').select('village_code').where('id', '=', personId).executeTakeFirstOrThrow();
    expect(person.village_code).toBe('53.16.01.2002');
  });

  it.each([
    ['before the membership started', '2025-12-31', 'MEMBERSHIP_END_BEFORE_START'],
    ['in 1900', '1900-01-01', 'VALIDATION'],
    ['on a day that does not exist', '2026-02-30', 'VALIDATION'],
    ['far in the future', '9999-12-31', 'VALIDATION'],
  ])('refuses a membership end %s', async (_what, endedOn, code) => {
    const res = await (await as('dinas')).post(`${BASE}/${personId}/memberships/${membershipId}/end`, { endedOn });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe(code);
    expect(res.json().error.fields[0].path).toBe('endedOn');
  });
});
