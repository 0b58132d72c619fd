import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_USERS } from '../../test/support/server';
import { client, loginAs } from '../../test/support/http';

let api: ReturnType<typeof client>;
let close: () => Promise<void>;
beforeAll(async () => {
  const t = await createTestApp();
  close = t.close;
  const u = DEMO_USERS.find((d) => d.role === 'desa')!;
  api = client(t.app, await loginAs(t.app, u.username, u.password));
});
afterAll(() => close());

describe('regions', () => {
  it('holds all Kemendagri regions: 38 provinces, 514 regencies/cities', async () => {
    expect((await api.get('/api/v1/regions')).json().items).toHaveLength(38);
    const ntt = (await api.get('/api/v1/regions?parent=53')).json().items;
    expect(ntt).toHaveLength(22);
    expect(ntt).toContainEqual({ code: '53.16', name: 'Kabupaten Nagekeo', level: 'regency' });
  });

  it("lists Nagekeo's seven districts and one region's parent", async () => {
    const districts = (await api.get('/api/v1/regions?parent=53.16')).json().items.map((d: { name: string }) => d.name);
    expect(districts).toEqual(['Aesesa', 'Nangaroro', 'Boawae', 'Mauponggo', 'Wolowae', 'Keo Tengah', 'Aesesa Selatan']);
    expect((await api.get('/api/v1/regions/53.16.01.2002')).json()).toEqual({ code: '53.16.01.2002', name: 'Labolewa', level: 'village', parent: '53.16.01' });
  });

  it('answers 404 for a well-formed code that does not exist', async () => {
    expect((await api.get('/api/v1/regions/99.99')).statusCode).toBe(404);
    expect((await api.get('/api/v1/regions?parent=99.99')).statusCode).toBe(404);
  });
});
