/**
 * The admin's regency pages over HTTP (issue #17 item 1): a regency with its Dinas account and BPJS branch
 * from the form or a CSV as uploaded, every row reported; renaming; other roles refused before any row
 * is looked at (an "exists" would tell them which usernames are taken).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_USERS } from '../../test/support/server';
import { client, loginAs } from '../../test/support/http';
import type { App } from '../http/types';

let app: App;
let close: () => Promise<void>;
let admin: ReturnType<typeof client>;
beforeAll(async () => {
  ({ app, close } = await createTestApp());
  const u = DEMO_USERS.find((d) => d.role === 'admin')!;
  admin = client(app, await loginAs(app, u.username, u.password));
});
afterAll(() => close());

describe('POST /api/v1/tenants/onboarding', () => {
  it('onboards a regency from the form with its Dinas account and the branch serving it', async () => {
    await admin.post('/api/v1/branches', { code: 'RUTENG', name: 'Kantor Cabang Ruteng', provinceCode: '53' });
    const res = await admin.post('/api/v1/tenants/onboarding', { rows: [{ code: '53.10', username: 'dinas.manggarai', displayName: 'Dinas Manggarai', branch: 'RUTENG' }] });
    expect(res.statusCode).toBe(200);
    expect(res.json().rows).toEqual([expect.objectContaining({ outcome: 'created', tenant: 'Kabupaten Manggarai', branch: 'Kantor Cabang Ruteng', password: expect.any(String) })]);
    const branch = (await admin.get('/api/v1/branches')).json().items.find((b: { code: string }) => b.code === 'RUTENG');
    expect(branch.serves).toEqual([{ code: '53.10', name: 'Kabupaten Manggarai' }]);
    const dinas = await loginAs(app, 'dinas.manggarai', res.json().rows[0].password);
    // the handed-over password works once, to choose a new one
    expect((await client(app, dinas).get('/api/v1/tenants')).json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('reports every CSV row: created, exists, refused with its reason in the asked language', async () => {
    const csv = [
      'kode;nama_pengguna;nama_lengkap;kata_sandi;kantor_cabang',
      '53.11;dinas.sumbatimur;Dinas Sumba Timur;;',
      '53.10;dinas.manggarai;Dinas Manggarai;;',
      '53.12;x;Terlalu pendek;;',
      '53.13;dinas.sumba;Dinas Sumba;;TIDAK-ADA',
    ].join('\n').replace(/;/g, ',');
    const u = DEMO_USERS.find((d) => d.role === 'admin')!;
    const rows = (await client(app, await loginAs(app, u.username, u.password), 'en').post('/api/v1/tenants/onboarding', { csv })).json().rows;
    expect(rows.map((r: { line: number; outcome: string }) => [r.line, r.outcome])).toEqual([[2, 'created'], [3, 'exists'], [4, 'refused'], [5, 'refused']]);
    expect(rows[2].error).toEqual({ code: 'ONBOARDING_USERNAME', message: 'A username is 3–50 letters, digits, dots, underscores or hyphens.' });
    expect(rows[3].error.code).toBe('NOT_FOUND');
    expect((await admin.post('/api/v1/tenants/onboarding', { csv: 'kode,user\n53.10,x' })).json().error.code).toBe('ONBOARDING_COLUMNS');
  });

  it('refuses other roles before looking at any row', async () => {
    const d = DEMO_USERS.find((u) => u.role === 'dinas')!;
    const res = await client(app, await loginAs(app, d.username, d.password)).post('/api/v1/tenants/onboarding', { rows: [{ code: '53.16', username: 'dinas.manggarai' }] });
    expect(res.statusCode).toBe(403);
  });
});

describe('PATCH /api/v1/tenants/:code', () => {
  it('renames a regency, refuses a blank name, and logs the change', async () => {
    expect((await admin.patch('/api/v1/tenants/53.10', { name: '  Kabupaten   Manggarai Raya ' })).json().name).toBe('Kabupaten Manggarai Raya');
    expect((await admin.patch('/api/v1/tenants/53.10', { name: ' ' })).json().error).toMatchObject({ code: 'TENANT_NAME_INVALID' });
    const logged = (await admin.get('/api/v1/audit?action=tenant.update')).json().items[0];
    expect(logged.summary).toBe('Mengubah nama kabupaten/kota #53.10');
  });
});
