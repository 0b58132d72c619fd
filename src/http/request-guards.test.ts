/**
 * The guards every request passes before a route runs: CSRF whatever the spelling of the path, the
 * must-change-password gate, text that PostgreSQL cannot store, bodies that are not UTF-8, and the
 * security headers. Each case here was a hole found by probing a running server (issue 16).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_USERS } from '../../test/support/server';
import { client, CSRF, loginAs } from '../../test/support/http';
import type { App } from './types';

let app: App;
let close: () => Promise<void>;
let dinasCookie: string;
beforeAll(async () => {
  ({ app, close } = await createTestApp());
  const dinas = DEMO_USERS.find((u) => u.role === 'dinas')!;
  dinasCookie = await loginAs(app, dinas.username, dinas.password);
});
afterAll(() => close());

describe('CSRF on percent-encoded paths', () => {
  // Fastify routes /%61pi/… to /api/…; the guard used to look at the raw URL and let these through
  it.each([
    ['PATCH', '/ap%69/v1/tenants/53.16/opds/1'],
    ['PATCH', '/%61pi/v1/tenants/53.16/opds/1'],
    ['PATCH', '/api/v1/tenants/53.16/%6fpds/1'],
    ['POST', '/%61pi/v1/tenants/53.16/imports/10/approve'],
    ['PATCH', '//api/v1/tenants/53.16/opds/1'],
  ] as const)('%s %s without the header answers 403 CSRF and changes nothing', async (method, url) => {
    const res = await app.inject({ method, url, headers: { cookie: dinasCookie }, payload: { name: 'Diganti Penyerang' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF');
    const opd = await client(app, dinasCookie).get('/api/v1/tenants/53.16/opds/1');
    expect(opd.json().name).not.toBe('Diganti Penyerang');
  });
});

describe('must change password', () => {
  it('lets a user with a temporary password only change it, see who they are and sign out', async () => {
    const admin = DEMO_USERS.find((u) => u.role === 'admin')!;
    const adminApi = client(app, await loginAs(app, admin.username, admin.password));
    const users = (await adminApi.get('/api/v1/users')).json().items as { id: number; username: string }[];
    const kabid = users.find((u) => u.username === 'kabid.nagekeo')!;
    const temporary = 'Sementara#Nagekeo-2026';
    expect((await adminApi.post(`/api/v1/users/${kabid.id}/reset-password`, { newPassword: temporary })).statusCode).toBe(204);

    const api = client(app, await loginAs(app, 'kabid.nagekeo', temporary), 'en');
    expect((await api.get('/api/v1/auth/me')).json().user.mustChangePassword).toBe(true);
    for (const res of [
      await api.get('/api/v1/tenants/53.16/workers'),
      await api.get('/api/v1/tenants'),
      await api.post('/api/v1/tenants/53.16/opds', { name: 'Dinas Bayangan', kind: 'dinas' }),
    ]) {
      expect(res.statusCode).toBe(403);
      expect(res.json().error).toEqual({ code: 'PASSWORD_CHANGE_REQUIRED', message: expect.stringMatching(/change your temporary password/i) });
    }
    const changed = await api.post('/api/v1/auth/password', { currentPassword: temporary, newPassword: 'Kabid#Nagekeo-baru-2026' });
    expect(changed.statusCode).toBe(204);
    expect((await api.get('/api/v1/tenants/53.16/workers')).statusCode).toBe(200);
    expect((await api.post('/api/v1/auth/logout')).statusCode).toBe(204);
  });
});

describe('text PostgreSQL cannot store, and bodies that are not UTF-8', () => {
  const opdUrl = '/api/v1/tenants/53.16/opds';
  it.each([
    ['a NUL byte', 'Dinas\u0000Gelap'],
    ['a lone high surrogate', 'Dinas \ud800 Rusak'],
    ['a lone low surrogate', 'Dinas \udc00 Rusak'],
  ])('refuses %s with a field error, not a 500', async (_what, name) => {
    const res = await client(app, dinasCookie, 'en').post(opdUrl, { name, kind: 'dinas' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION');
    expect(res.json().error.fields).toEqual([{ path: 'name', message: expect.stringMatching(/character/i) }]);
  });

  it('refuses a body with invalid UTF-8 instead of storing U+FFFD', async () => {
    const payload = Buffer.concat([Buffer.from('{"name":"Dinas '), Buffer.from([0xc3, 0x28]), Buffer.from('","kind":"dinas"}')]);
    const res = await app.inject({ method: 'POST', url: opdUrl, headers: { cookie: dinasCookie, ...CSRF, 'content-type': 'application/json', 'accept-language': 'en' }, payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('BODY_NOT_UTF8');
  });

  it('refuses a JSON body declared in another charset with 415', async () => {
    const payload = Buffer.from('{"name":"Dinas Caf\xe9","kind":"dinas"}', 'latin1');
    const res = await app.inject({ method: 'POST', url: opdUrl, headers: { cookie: dinasCookie, ...CSRF, 'content-type': 'application/json; charset=latin1' }, payload });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('BODY_CHARSET_UNSUPPORTED');
  });

  it('still takes UTF-8 declared explicitly, and non-ASCII names', async () => {
    const res = await app.inject({ method: 'POST', url: opdUrl, headers: { cookie: dinasCookie, ...CSRF, 'content-type': 'application/json; charset=UTF-8' }, payload: JSON.stringify({ name: 'Dinas Kōperasi ✓', kind: 'dinas' }) });
    expect(res.statusCode).toBe(201);
    expect(res.json().name).toBe('Dinas Kōperasi ✓');
  });
});

describe('security headers', () => {
  it('sends CSP, frame-ancestors, nosniff and a referrer policy on the API and the web app', async () => {
    for (const url of ['/api/health', '/', '/api/v1/does-not-exist']) {
      const res = await app.inject({ url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it('keeps the Swagger UI at /api/docs loadable', async () => {
    const res = await app.inject({ url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['content-security-policy'])).toMatch(/default-src 'self'/);
  });
});

describe('store conflicts and unknown references are refused as such', () => {
  it('answers renaming an OPD to an existing name with 409, like creating one', async () => {
    const api = client(app, dinasCookie, 'en');
    const opds = (await api.get('/api/v1/tenants/53.16/opds')).json().items as { id: number; name: string }[];
    const res = await api.patch(`/api/v1/tenants/53.16/opds/${opds[0]!.id}`, { name: opds[1]!.name });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'OPD_NAME_TAKEN', fields: [{ path: 'name' }] });
  });

  it.each(['abc', '99', '53.16.01.2002'])('refuses regionScope %j for a viewer with a field error', async (regionScope) => {
    const admin = DEMO_USERS.find((u) => u.role === 'admin')!;
    const api = client(app, await loginAs(app, admin.username, admin.password), 'en');
    const res = await api.post('/api/v1/users', { username: `pemantau.${regionScope.length}`, displayName: 'Pemantau', password: 'Pemantau#Wilayah-2026', role: 'viewer', regionScope });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('regionScope');
  });
});
