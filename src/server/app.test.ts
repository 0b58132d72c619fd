import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_USERS } from '../../test/support/server';
import { client, CSRF, loginAs } from '../../test/support/http';
import type { App } from '../http/types';

let app: App;
let close: () => Promise<void>;
beforeAll(async () => ({ app, close } = await createTestApp()));
afterAll(() => close());

describe('HTTP surface', () => {
  it('publishes OpenAPI 3.1 with the API routes', async () => {
    const doc = (await app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/auth/login', '/api/v1/regions', '/api/health']));
  });

  it('reports the database in /api/health', async () => {
    expect((await app.inject({ url: '/api/health' })).json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const res = await app.inject({ url: '/api/v1/does-not-exist', headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'ROUTE_NOT_FOUND', message: 'API route not found.' });
  });

  it('returns field errors in the caller language', async () => {
    const u = DEMO_USERS[0]!;
    const api = client(app, await loginAs(app, u.username, u.password), 'id');
    const res = await api.get('/api/v1/regions?parent=xx');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION');
    expect(res.json().error.fields[0].path).toBe('parent');
    expect(res.json().error.fields[0].message).toMatch(/tidak valid/);
  });

  it('rejects an oversized body with 413 and malformed JSON with 400, without internals', async () => {
    const big = await app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { ...CSRF, 'content-type': 'application/json' }, payload: `{"username":"${'x'.repeat(2 * 1024 * 1024)}"}` });
    expect(big.statusCode).toBe(413);
    const bad = await app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { ...CSRF, 'content-type': 'application/json' }, payload: '{"username":' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).not.toMatch(/at .*\.ts|node_modules/);
  });
});
