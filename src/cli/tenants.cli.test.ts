/**
 * Running an installation from the console (issue #17 item 1): `lindung branches`, `tenants` and
 * `users list` as a user runs them — one JSON document, exit 0 ok / 1 invalid input (same validation
 * as the API) / 2 usage.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliContext } from '../auth/actor';
import { seedDemo } from '../demo/demo.service';
import { runLindung } from '../../test/support/cli';
import { createTestDb, type TestDb } from '../../test/support/db';

let t: TestDb;
beforeAll(async () => { t = await createTestDb(); await seedDemo(t.db, cliContext()); });
afterAll(() => t.drop());

async function lindung(...args: string[]) {
  const { code, stdout } = await runLindung(t.url, [...args, '--json']);
  return { code, json: stdout ? JSON.parse(stdout) : null };
}

describe('lindung tenants / branches / users', { timeout: 120_000 }, () => {
  it('registers a regency, a branch serving it, and lists accounts with named scopes', async () => {
    expect(await lindung('tenants', 'create', '53.10')).toMatchObject({ code: 0, json: { tenant: { code: '53.10', name: 'Kabupaten Manggarai' } } });
    expect(await lindung('tenants', 'create', '53.16.01')).toMatchObject({ code: 1, json: { error: { code: 'TENANT_NOT_REGENCY', field: 'code' } } });
    expect(await lindung('branches', 'create', '--code', 'RUTENG', '--name', 'Kantor Cabang Ruteng', '--province', '53')).toMatchObject({ code: 0 });
    const assigned = await lindung('branches', 'assign', 'RUTENG', '53.10');
    expect(assigned).toMatchObject({ code: 0, json: { branch: { serves: [{ code: '53.10', name: 'Kabupaten Manggarai' }] } } });
    expect((await lindung('branches', 'assign', 'RUTENG')).code).toBe(2); // no regency given: usage
    const users = await lindung('users', 'list');
    expect(users.code).toBe(0);
    const dinas = users.json.items.find((u: { role: string }) => u.role === 'dinas');
    expect(dinas.scope).toEqual(['Kabupaten Nagekeo']);
  });
});
