import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_USERS } from '../../test/support/server';
import { client, CSRF, loginAs } from '../../test/support/http';
import type { App } from '../http/types';

let app: App;
let close: () => Promise<void>;
beforeAll(async () => ({ app, close } = await createTestApp()));
afterAll(() => close());

const dinas = DEMO_USERS.find((u) => u.role === 'dinas')!;
const login = (username: string, password: string, lang = 'id') =>
  app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { ...CSRF, 'accept-language': lang }, payload: { username, password } });

describe('login', () => {
  it('sets an httpOnly, SameSite=Strict session cookie and returns the role and permissions', async () => {
    const res = await login(dinas.username, dinas.password);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'lindung_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    expect(res.json().user).toMatchObject({ role: 'dinas', tenantCode: '53.16', tenantName: 'Kabupaten Nagekeo' });
    expect(res.json().user.permissions).toContain('agreements:write');
  });

  it('answers a wrong password with a translated 401, the same as an unknown user', async () => {
    const wrong = await login(dinas.username, 'not-the-password', 'id');
    const unknown = await login('nobody-here', 'not-the-password', 'en');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error).toEqual({ code: 'AUTH_INVALID', message: 'Nama pengguna atau kata sandi salah.' });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().error.message).toBe('Wrong username or password.');
  });

  it('locks an account after five consecutive failures, even for the right password', async () => {
    const viewer = DEMO_USERS.find((u) => u.role === 'viewer')!;
    for (let i = 0; i < 4; i++) expect((await login(viewer.username, 'wrong-password')).statusCode).toBe(401);
    expect((await login(viewer.username, 'wrong-password')).statusCode).toBe(429);
    const locked = await login(viewer.username, viewer.password);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('AUTH_LOCKED');
  });

  it('refuses a state-changing request without the CSRF header', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: dinas.username, password: dinas.password } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF');
  });
});

describe('session', () => {
  it('needs a session for /me, and logout ends it', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
    const cookie = await loginAs(app, dinas.username, dinas.password);
    const api = client(app, cookie);
    expect((await api.get('/api/v1/auth/me')).json().user.username).toBe(dinas.username);
    expect((await api.post('/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await api.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('changes the password under the policy and signs out other sessions', async () => {
    const auditor = DEMO_USERS.find((u) => u.role === 'auditor')!;
    const first = client(app, await loginAs(app, auditor.username, auditor.password));
    const second = client(app, await loginAs(app, auditor.username, auditor.password), 'en');
    const short = await second.post('/api/v1/auth/password', { currentPassword: auditor.password, newPassword: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields[0]).toEqual({ path: 'newPassword', message: 'The password must have at least 10 characters.' });
    const ok = await second.post('/api/v1/auth/password', { currentPassword: auditor.password, newPassword: 'a-much-better-secret' });
    expect(ok.statusCode).toBe(204);
    expect((await first.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await second.get('/api/v1/auth/me')).statusCode).toBe(200);
    expect((await login(auditor.username, 'a-much-better-secret')).statusCode).toBe(200);
  });
});

describe('audit', () => {
  it('records logins and failed logins with the address they came from', async () => {
    const admin = DEMO_USERS.find((u) => u.role === 'admin')!;
    const api = client(app, await loginAs(app, admin.username, admin.password));
    const items = (await api.get('/api/v1/audit?limit=200')).json().items as { action: string; actor: string; ip: string }[];
    expect(items.some((e) => e.action === 'login' && e.actor === dinas.username && e.ip === '127.0.0.1')).toBe(true);
    expect(items.some((e) => e.action === 'login.failed' && e.actor === 'nobody-here')).toBe(true);
  });
});
