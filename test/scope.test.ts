/**
 * Scope is enforced server-side: for every role, another tenant's, another OPD's or another village's
 * records answer 404 — for reads and for writes — exactly as if they did not exist.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliContext } from '../src/auth/actor';
import { createOpd, createTenant } from '../src/tenants/tenants.service';
import type { App } from '../src/http/types';
import { createTestApp, DEMO_USERS } from './support/server';
import { client, loginAs } from './support/http';

let app: App;
let close: () => Promise<void>;
let endeOpd: number;
let nagekeoOpds: { id: number; name: string }[];
// Kabupaten Sumba Timur (53.11) is in NTT too, but outside Cabang Ende's area and every Nagekeo user's scope.
const OTHER = '53.11';

beforeAll(async () => {
  const t = await createTestApp();
  ({ app, close } = t);
  await createTenant(t.t.db, cliContext(), OTHER);
  endeOpd = (await createOpd(t.t.db, cliContext(), OTHER, { name: 'Dinas Kesehatan', kind: 'dinas' })).id;
  nagekeoOpds = await t.t.db.selectFrom('opd').select(['id', 'name']).where('tenant_code', '=', '53.16').execute();
});
afterAll(() => close());

const as = async (role: string) => {
  const u = DEMO_USERS.find((d) => d.role === role)!;
  return client(app, await loginAs(app, u.username, u.password));
};

describe.each(['dinas', 'opd', 'desa', 'bpjs', 'auditor'])('role %s and another tenant', (role) => {
  it('reads 404 for the tenant, its OPD list and one of its OPDs', async () => {
    const api = await as(role);
    expect((await api.get(`/api/v1/tenants/${OTHER}`)).statusCode).toBe(404);
    expect((await api.get(`/api/v1/tenants/${OTHER}/opds`)).statusCode).toBe(404);
    expect((await api.get(`/api/v1/tenants/${OTHER}/opds/${endeOpd}`)).statusCode).toBe(404);
    expect((await api.get('/api/v1/tenants')).json().items.map((t: { code: string }) => t.code)).not.toContain(OTHER);
  });

  it('writes 404 to the other tenant', async () => {
    const api = await as(role);
    expect((await api.post(`/api/v1/tenants/${OTHER}/opds`, { name: 'Dinas Baru', kind: 'dinas' })).statusCode).toBe(404);
    expect((await api.patch(`/api/v1/tenants/${OTHER}/opds/${endeOpd}`, { name: 'Diganti' })).statusCode).toBe(404);
  });
});

describe('within a tenant', () => {
  it('lets an OPD operator see only its own OPD; another OPD of the same regency is 404', async () => {
    const api = await as('opd');
    const own = (await api.get('/api/v1/tenants/53.16/opds')).json().items;
    expect(own).toHaveLength(1);
    expect(own[0].name).toBe('Dinas Pendidikan, Kepemudaan dan Olahraga');
    const other = nagekeoOpds.find((o) => o.id !== own[0].id)!;
    expect((await api.get(`/api/v1/tenants/53.16/opds/${other.id}`)).statusCode).toBe(404);
    expect((await api.patch(`/api/v1/tenants/53.16/opds/${other.id}`, { name: 'x-renamed' })).statusCode).toBe(404);
  });

  it('shows a village operator no OPD records at all', async () => {
    const api = await as('desa');
    expect((await api.get('/api/v1/tenants/53.16/opds')).json().items).toEqual([]);
    expect((await api.get(`/api/v1/tenants/53.16/opds/${nagekeoOpds[0]!.id}`)).statusCode).toBe(404);
  });

  it('lets the dinas manage its OPDs, and forbids read-only roles to write (403 inside scope)', async () => {
    const dinas = await as('dinas');
    const created = await dinas.post('/api/v1/tenants/53.16/opds', { name: 'Dinas Pariwisata', kind: 'dinas' });
    expect(created.statusCode).toBe(201);
    expect((await (await as('auditor')).post('/api/v1/tenants/53.16/opds', { name: 'Dinas Lain', kind: 'dinas' })).statusCode).toBe(403);
  });
});

describe('wider scopes', () => {
  it('gives the province viewer every NTT tenant and the BPJS branch officer only the regencies it serves', async () => {
    const viewer = (await (await as('viewer')).get('/api/v1/tenants')).json().items.map((t: { code: string }) => t.code);
    expect(viewer).toEqual(['53.11', '53.16']);
    const bpjs = (await (await as('bpjs')).get('/api/v1/tenants')).json().items.map((t: { code: string }) => t.code);
    expect(bpjs).toEqual(['53.16']);
  });

  it('keeps the audit log to auditors and admins', async () => {
    expect((await (await as('dinas')).get('/api/v1/audit')).statusCode).toBe(403);
    expect((await (await as('auditor')).get('/api/v1/audit')).statusCode).toBe(200);
  });
});
