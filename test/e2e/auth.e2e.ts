/**
 * Sign-in journeys through the real server and database: each demo role logs in, sees exactly its menu,
 * switches to English, and logs out; a wrong password shows a translated error.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../src/demo/demo-users';
import { logIn, menuKeys, useJourney } from './browser';

// The menu each role must see: the UI's reading of src/auth/roles.ts. Written out rather than derived,
// so a permission change that alters what a role sees shows up here as a deliberate edit.
const EXPECTED_MENU: Record<string, string[]> = {
  admin: ['dashboard', 'agreements', 'workers', 'enrolment', 'billing', 'claims', 'reports', 'simulation', 'regions', 'tenants', 'users', 'audit', 'password'],
  dinas: ['dashboard', 'agreements', 'workers', 'enrolment', 'billing', 'claims', 'imports', 'reports', 'simulation', 'regions', 'password'],
  opd: ['dashboard', 'workers', 'enrolment', 'billing', 'claims', 'imports', 'simulation', 'regions', 'password'],
  desa: ['dashboard', 'workers', 'enrolment', 'billing', 'claims', 'imports', 'simulation', 'regions', 'password'],
  bpjs: ['dashboard', 'agreements', 'workers', 'enrolment', 'billing', 'claims', 'reports', 'simulation', 'regions', 'password'],
  viewer: ['dashboard', 'agreements', 'reports', 'simulation', 'regions', 'password'],
  auditor: ['dashboard', 'agreements', 'workers', 'enrolment', 'billing', 'claims', 'reports', 'simulation', 'regions', 'audit', 'password'],
};

const j = useJourney();


const at = (path: string) => new URL(path, j.server.url).href;

function demoUser(role: string) {
  const user = DEMO_USERS.find((candidate) => candidate.role === role);
  if (!user) throw new Error(`no demo user for role ${role}`);
  return user;
}

describe('sign-in per role', () => {
  it('has a demo user for every role the menu table covers', () => {
    expect([...new Set(DEMO_USERS.map((user) => user.role))].sort()).toEqual(Object.keys(EXPECTED_MENU).sort());
  });

  it.each(Object.keys(EXPECTED_MENU))('%s: sees its menu, switches to English, logs out', async (role) => {
    const user = demoUser(role);
    await logIn(j.page, j.server.url, user.username, user.password);

    const keys = await menuKeys(j.page);
    expect(keys).toEqual(EXPECTED_MENU[role]!.map((key) => `nav-${key}`));
    // The permission boundaries the menu exists for, stated plainly.
    expect(keys.includes('nav-users')).toBe(role === 'admin');
    expect(keys.includes('nav-audit')).toBe(role === 'admin' || role === 'auditor');
    expect(keys.includes('nav-imports')).toBe(['dinas', 'opd', 'desa'].includes(role));

    await expect.poll(() => j.page.getByTestId('user-name').textContent()).toBe(user.displayName);
    await expect.poll(() => j.page.getByTestId('nav-dashboard').textContent()).toBe('Beranda');
    expect(await j.page.locator('html').getAttribute('lang')).toBe('id');

    await j.page.getByTestId('lang-en').click();
    await expect.poll(() => j.page.getByTestId('nav-dashboard').textContent()).toBe('Dashboard');
    expect(await j.page.getByTestId('nav-password').textContent()).toBe('Change password');
    expect(await j.page.getByTestId('logout').textContent()).toBe('Log out');
    expect(await j.page.locator('html').getAttribute('lang')).toBe('en');

    await j.page.getByTestId('logout').click();
    await j.page.waitForURL(at('/login'));
    // The language choice outlives the session.
    await expect.poll(() => j.page.getByRole('heading', { level: 2 }).textContent()).toBe('Log in to Lindung');
    await j.page.goto(at('/'));
    await j.page.waitForURL(at('/login')); // the session really ended
  });
});

describe('login errors', () => {
  it('shows a wrong password in Bahasa Indonesia, then in English after switching', async () => {
    const user = demoUser('viewer');
    await logIn(j.page, j.server.url, user.username, `${user.password}-salah`);
    const error = j.page.getByTestId('login-error');
    await expect.poll(() => error.textContent()).toContain('Nama pengguna atau kata sandi salah.');

    await j.page.getByTestId('lang-en').click();
    await expect.poll(() => error.textContent()).toContain('Wrong username or password.');
    expect(j.page.url()).toBe(at('/login'));
  });
});

describe('routing', () => {
  it('opens the simulation without logging in', async () => {
    await j.page.goto(at('/simulasi'));
    await expect.poll(() => j.page.getByRole('heading', { level: 2 }).textContent()).toBe('Simulasi Iuran & Manfaat');
    expect(await j.page.getByTestId('public-login').isVisible()).toBe(true);
  });

  it('sends a signed-out visitor to the login page and back after signing in', async () => {
    await j.page.goto(at('/wilayah'));
    await j.page.waitForURL(at('/login'));
    const user = demoUser('admin');
    await j.page.locator('input[name="username"]').fill(user.username);
    await j.page.locator('input[name="password"]').fill(user.password);
    await j.page.getByTestId('login-submit').click();
    await j.page.waitForURL(at('/wilayah'));
    await j.page.getByTestId('regions-table').waitFor();
  });

  it('shows "not found" inside the app and "access denied" for a page outside the role', async () => {
    const user = demoUser('dinas');
    await logIn(j.page, j.server.url, user.username, user.password);
    await j.page.getByTestId('nav').waitFor();

    await j.page.goto(at('/halaman-yang-tidak-ada'));
    await j.page.getByTestId('not-found').waitFor();
    expect(await j.page.getByRole('heading', { level: 2 }).textContent()).toBe('Halaman tidak ditemukan');
    expect(await j.page.getByTestId('nav').isVisible()).toBe(true);

    await j.page.goto(at('/pengguna'));
    await j.page.getByTestId('forbidden').waitFor();
  });
});
