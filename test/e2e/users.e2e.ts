/**
 * Account administration through the real server: an admin creates a regency viewer in the browser, and
 * the account the server stores is scoped to that regency. The form once sent the region as `tenantCode`
 * (a hand-written copy of the API's body that lacked `regionScope`), which the server does not read for
 * viewers — the new viewer saw every regency. The form's fields are now the generated body's keys.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../src/demo/demo-users';
import { logIn, useJourney } from './browser';

const j = useJourney();
const admin = DEMO_USERS.find((user) => user.role === 'admin')!;

describe('users page', () => {
  it('creates a viewer confined to one regency', async () => {
    await logIn(j.page, j.server.url, admin.username, admin.password);
    await j.page.getByTestId('nav-users').click();
    await j.page.getByTestId('user-create-open').click();
    await j.page.getByTestId('user-username').fill('pemantau.nagekeo');
    await j.page.getByTestId('user-display-name').fill('Pemantau Nagekeo');
    await j.page.getByTestId('user-password').fill('Pantau#Nagekeo-2026');
    await j.page.getByTestId('user-create-role').click();
    await j.page.getByRole('option', { name: 'Pemantau' }).click();
    await j.page.getByTestId('user-region-scope').fill('53.16');
    await j.page.getByTestId('user-create-submit').click();
    // the modal closes once the server has answered (slow on a busy machine)
    await expect.poll(() => j.page.getByTestId('user-create-form').count(), { timeout: 15_000 }).toBe(0);

    const stored = await j.server.db.selectFrom('app_user').select(['role', 'tenant_code', 'region_scope'])
      .where('username', '=', 'pemantau.nagekeo').executeTakeFirstOrThrow();
    expect(stored).toEqual({ role: 'viewer', tenant_code: null, region_scope: '53.16' });
  });
});
