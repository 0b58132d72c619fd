import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_USERS } from '../../test/support/server';
import { client, CSRF, loginAs } from '../../test/support/http';
import type { App } from '../http/types';

let app: App;
let close: () => Promise<void>;
let admin: ReturnType<typeof client>;
beforeAll(async () => {
  ({ app, close } = await createTestApp());
  const u = DEMO_USERS.find((d) => d.role === 'admin')!;
  admin = client(app, await loginAs(app, u.username, u.password), 'en');
});
afterAll(() => close());

describe('account administration', () => {
  it('creates a scoped account that must change its password at first login', async () => {
    const res = await admin.post('/api/v1/users', {
      username: 'desa.tedamude', displayName: 'Operator Tedamude', password: 'Sementara#Tedamude-26', role: 'desa',
      tenantCode: '53.16', villageCode: '53.16.01.2004',
    });
    expect(res.statusCode).toBe(201);
    const me = client(app, await loginAs(app, 'desa.tedamude', 'Sementara#Tedamude-26'));
    const user = (await me.get('/api/v1/auth/me')).json().user;
    expect(user).toMatchObject({ role: 'desa', mustChangePassword: true, scopeLabel: 'Tedamude' });
  });

  it.each([
    ['a village of another regency', { role: 'desa', tenantCode: '53.16', villageCode: '53.08.01.2001' }, 'VILLAGE_OUTSIDE_TENANT'],
    ['an OPD operator without an OPD', { role: 'opd', tenantCode: '53.16' }, 'ROLE_SCOPE_REQUIRED'],
    ['a dinas account for an unregistered regency', { role: 'dinas', tenantCode: '53.08' }, 'TENANT_UNKNOWN'],
    ['a BPJS officer of an unknown branch', { role: 'bpjs', branchCode: 'NOWHERE' }, 'BRANCH_UNKNOWN'],
  ])('refuses %s', async (_label, scope, code) => {
    const res = await admin.post('/api/v1/users', { username: `u${Math.random().toString(36).slice(2, 8)}`, displayName: 'X', password: 'Sementara#Tedamude-26', ...scope });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe(code);
  });

  it('resets a password: old sessions end and the new one is temporary', async () => {
    const opd = DEMO_USERS.find((d) => d.role === 'opd')!;
    const session = client(app, await loginAs(app, opd.username, opd.password));
    const id = (await session.get('/api/v1/auth/me')).json().user.id;
    expect((await admin.post(`/api/v1/users/${id}/reset-password`, { newPassword: 'Reset#oleh-Admin-2026' })).statusCode).toBe(204);
    expect((await session.get('/api/v1/auth/me')).statusCode).toBe(401);
    const again = await app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: CSRF, payload: { username: opd.username, password: 'Reset#oleh-Admin-2026' } });
    expect(again.json().user.mustChangePassword).toBe(true);
  });

  it('is closed to every role but admin', async () => {
    const dinas = DEMO_USERS.find((d) => d.role === 'dinas')!;
    const api = client(app, await loginAs(app, dinas.username, dinas.password));
    expect((await api.get('/api/v1/users')).statusCode).toBe(403);
    expect((await api.post('/api/v1/users', { username: 'sneaky', displayName: 'S', password: 'Sementara#Tedamude-26', role: 'admin' })).statusCode).toBe(403);
  });
});
