/**
 * Login throttling and the password policy (issue 16, OWASP ASVS 2.1 and 2.2): failures are throttled per
 * typed username and per client address with back-off; an unknown username is answered exactly like an
 * existing one; a block that has ended starts afresh; weak passwords and the current one are refused.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_USERS } from '../../test/support/server';
import { client, CSRF, loginAs } from '../../test/support/http';
import type { Db } from '../db/database';
import type { App } from '../http/types';

let app: App;
let db: Db;
let close: () => Promise<void>;
beforeAll(async () => {
  const t = await createTestApp();
  ({ app, close } = t);
  db = t.t.db;
});
afterAll(() => close());

const demo = (role: string) => DEMO_USERS.find((u) => u.role === role)!;
const login = (username: string, password: string, from = '127.0.0.1', lang = 'en') => app.inject({
  method: 'POST', url: '/api/v1/auth/login', remoteAddress: from, headers: { ...CSRF, 'accept-language': lang }, payload: { username, password },
});
const codesOf = async (username: string, tries: number, from: string) => {
  const codes: string[] = [];
  for (let i = 0; i < tries; i++) codes.push((await login(username, `wrong-guess-${i}`, from)).json().error.code);
  return codes;
};

describe('throttling failed logins', () => {
  it('answers an unknown username exactly like an existing one, blocks included', async () => {
    const existing = await codesOf(demo('bpjs').username, 6, '10.0.0.1');
    const unknown = await codesOf('tidak.ada.orangnya', 6, '10.0.0.2');
    expect(existing).toEqual(['AUTH_INVALID', 'AUTH_INVALID', 'AUTH_INVALID', 'AUTH_INVALID', 'AUTH_LOCKED', 'AUTH_LOCKED']);
    expect(unknown).toEqual(existing);
  });

  it("shows a blocked account's end of block in the users list, read from the throttle", async () => {
    const admin = demo('admin');
    const cookie = await loginAs(app, admin.username, admin.password);
    const lockedOf = async (username: string) =>
      (await client(app, cookie).get('/api/v1/users')).json().items.find((u: { username: string }) => u.username === username).lockedUntil;
    // the bpjs account was blocked by the test above; the admin never failed a login
    expect(Date.parse(await lockedOf(demo('bpjs').username))).toBeGreaterThan(Date.now());
    expect(await lockedOf(admin.username)).toBeNull();
  });

  it('takes about as long for an unknown username as for a wrong password', async () => {
    const time = async (username: string) => {
      const started = performance.now();
      for (let i = 0; i < 3; i++) await login(username, 'salah-sekali', `10.1.0.${i}`);
      return performance.now() - started;
    };
    await time('pemanasan'); // the decoy hash is computed once, on first use
    const [known, unknown] = [await time(demo('desa').username), await time('orang.asing.sekali')];
    expect(unknown / known).toBeGreaterThan(0.5);
    expect(unknown / known).toBeLessThan(2);
  });

  it('after a block has ended, one typo does not block again', async () => {
    const viewer = demo('viewer');
    expect((await codesOf(viewer.username, 5, '10.0.0.3')).at(-1)).toBe('AUTH_LOCKED');
    await sql`UPDATE request_throttle SET blocked_until = now() - interval '1 second' WHERE key = ${`login:account:${viewer.username}`}`.execute(db);
    expect((await login(viewer.username, 'satu-typo-saja', '10.0.0.3')).json().error.code).toBe('AUTH_INVALID');
    expect((await login(viewer.username, viewer.password, '10.0.0.3')).statusCode).toBe(200);
  });

  it('backs off: the second block of an account lasts longer than the first', async () => {
    const name = 'sasaran.serangan';
    const blockLength = async () => {
      await codesOf(name, 5, '10.0.0.4');
      const { rows } = await sql<{ seconds: number }>`SELECT extract(epoch FROM blocked_until - last_hit_at)::int AS seconds FROM request_throttle WHERE key = ${`login:account:${name}`}`.execute(db);
      await sql`UPDATE request_throttle SET blocked_until = now() - interval '1 second' WHERE key = ${`login:account:${name}`}`.execute(db);
      return rows[0]!.seconds;
    };
    const [first, second] = [await blockLength(), await blockLength()];
    expect(first).toBe(60);
    expect(second).toBe(120);
  });

  it('throttles one address guessing across many accounts, and not other addresses', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 20; i++) codes.push((await login(`akun.${i}`, 'tebakan-umum-1', '10.9.9.9')).json().error.code);
    expect(codes.slice(0, 19).every((c) => c === 'AUTH_INVALID')).toBe(true);
    expect(codes[19]).toBe('AUTH_LOCKED');
    const auditor = demo('auditor');
    expect((await login(auditor.username, auditor.password, '10.9.9.9')).statusCode).toBe(429);
    expect((await login(auditor.username, auditor.password, '10.9.9.8')).statusCode).toBe(200);
  });
});

describe('password policy', () => {
  const admin = demo('admin');
  it.each([
    ['aaaaaaaaaa', 'PASSWORD_TOO_WEAK'],
    ['1234567890', 'PASSWORD_TOO_WEAK'],
    ['passwordku123', 'PASSWORD_TOO_WEAK'],
    ['indonesiaraya', 'PASSWORD_TOO_WEAK'],
    ['rahasiasaya', 'PASSWORD_TOO_WEAK'],
    ['pendek', 'PASSWORD_TOO_SHORT'],
  ])('refuses %j (%s) with a translated field error', async (password, code) => {
    const api = client(app, await loginAs(app, admin.username, admin.password), 'id');
    const res = await api.post('/api/v1/users', { username: 'calon.baru', displayName: 'Calon Baru', password, role: 'viewer', regionScope: '53' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe(code);
    expect(res.json().error.fields[0].path).toBe('password');
    expect(res.json().error.fields[0].message).not.toBe(code);
  });

  it('refuses the current password as the new one', async () => {
    const kabid = DEMO_USERS.find((u) => u.username === 'kabid.nagekeo')!;
    const api = client(app, await loginAs(app, kabid.username, kabid.password), 'en');
    const res = await api.post('/api/v1/auth/password', { currentPassword: kabid.password, newPassword: kabid.password });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'PASSWORD_REUSED', fields: [{ path: 'newPassword', message: 'The new password must differ from the current one.' }] });
  });

  it('accepts every demo password printed in the README', async () => {
    const { assertPasswordPolicy } = await import('./password');
    for (const u of DEMO_USERS) await expect(assertPasswordPolicy(u.password, { username: u.username, displayName: u.displayName })).resolves.toBeUndefined();
  });
});
