/**
 * The web app behind the API: client-side routes get index.html (uncached), hashed assets are cached
 * for good, and a missing asset is a 404 — not index.html, which a browser would run as broken JS.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config';
import { createTestDb, type TestDb } from '../../test/support/db';
import { buildApp } from './app';
import type { App } from '../http/types';

let app: App;
let t: TestDb;
const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'lindung-web-'));

beforeAll(async () => {
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Lindung</title>');
  fs.writeFileSync(path.join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
  t = await createTestDb();
  app = await buildApp({ db: t.db, config: { ...loadConfig(), webDist: dist } });
});
afterAll(async () => {
  await app.close();
  await t.drop();
  fs.rmSync(dist, { recursive: true, force: true });
});

describe('web app serving', () => {
  it.each(['/', '/login', '/perjanjian/12', '/wilayah?parent=53'])('serves the app shell for %s', async (url) => {
    const res = await app.inject({ url });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body).toContain('<title>Lindung</title>');
  });

  it('caches hashed assets and answers a missing one with 404', async () => {
    const asset = await app.inject({ url: '/assets/app-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await app.inject({ url: '/assets/app-old999.js' })).statusCode).toBe(404);
  });

  it('keeps unknown API routes as JSON 404 even with the web app present', async () => {
    const res = await app.inject({ url: '/api/v1/nothing' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('ROUTE_NOT_FOUND');
  });
});

describe('web app serving, hostile paths', () => {
  it('never serves files outside the build folder, and survives a malformed URL', async () => {
    expect((await app.inject({ url: '/assets/..%2f..%2fetc%2fpasswd.js' })).statusCode).toBeGreaterThanOrEqual(400);
    expect((await app.inject({ url: '/%E0%A4%A.js' })).statusCode).toBe(400);
  });
});
