/**
 * The public calculator over HTTP: open without a session, CSRF-guarded like every POST, answers in the
 * caller's language, validated by the documented schemas, and listed in the OpenAPI document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../http/types';
import { CSRF } from '../../test/support/http';
import { createTestApp } from '../../test/support/server';

let app: App;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ app, close } = await createTestApp({ demo: false }));
});
afterAll(() => close());

// No cookie at all: the simulation is public.
const post = (url: string, payload: object, lang = 'id') =>
  app.inject({ method: 'POST', url, headers: { ...CSRF, 'accept-language': lang }, payload });

describe('public calculator API', () => {
  it('computes a contribution without logging in, with legal basis per line and the total in words', async () => {
    const res = await post('/api/v1/calc/contribution', { scheme: 'pu', wage: 2_186_826, on: '2025-06-01' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: 11_808, totalInWords: { id: 'sebelas ribu delapan ratus delapan rupiah', en: 'eleven thousand eight hundred eight rupiah' } });
    expect(body.lines[0]).toMatchObject({ program: 'JKK', amount: 5_248, rateBp: 24, legalBasis: 'PP 44/2015 Lampiran I; PP 82/2019', confidence: 'confirmed' });
  });

  it('refuses a POST without the CSRF header', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/calc/contribution', payload: { scheme: 'pu', wage: 1 } });
    expect(res.statusCode).toBe(403);
  });

  it.each([
    ['/api/v1/calc/benefit/jkm', { contributionMonths: 36, on: '2025-06-01' }, 'total', 42_000_000],
    ['/api/v1/calc/benefit/jkk-death', { wage: 1_000_000, on: '2025-06-01' }, 'total', 70_000_000],
    ['/api/v1/calc/benefit/jkk-disability', { wage: 1_000_000, kind: 'total', on: '2025-06-01' }, 'amount', 56_000_000],
    ['/api/v1/calc/benefit/jkk-stmb', { wage: 1_000_000, months: 13, on: '2025-06-01' }, 'amount', 12_500_000],
  ])('%s answers', async (url, payload, key, amount) => {
    const res = await post(url, payload);
    expect(res.statusCode).toBe(200);
    expect(res.json()[key]).toBe(amount);
  });

  it('reproduces the Nagekeo shortfall through the plan endpoint', async () => {
    const res = await post('/api/v1/calc/plan', {
      start: '2025-01', months: 12, budget: 1_500_000_000,
      groups: [
        { name: 'non-ASN', scheme: 'pu', risk: 'very-low', headcount: 6311, wage: 2_186_826 },
        { name: 'pekerja rentan', scheme: 'bpu', funding: 'apbd', headcount: 3034, wage: 1_000_000 },
      ],
    });
    expect(res.json()).toMatchObject({ total: 1_505_897_856, remaining: -5_897_856, verdict: 'shortfall', remainingBp: -39 });
  });

  it('translates domain errors and validation errors into the caller language', async () => {
    const early = await post('/api/v1/calc/contribution', { scheme: 'pu', wage: 1, on: '2015-01-01' }, 'en');
    expect(early.statusCode).toBe(400);
    expect(early.json().error).toMatchObject({ code: 'RULE_NOT_FOUND', message: 'No rounding.mode rule is in force on 1 January 2015.' });
    const float = await post('/api/v1/calc/contribution', { scheme: 'pu', wage: 1.5 });
    expect(float.statusCode).toBe(400);
    expect(float.json().error.code).toBe('VALIDATION');
    expect(float.json().error.fields[0].path).toBe('wage');
  });

  it('checks a NIK against the region table, in English on request', async () => {
    const res = await post('/api/v1/calc/nik', { nik: '5316995201900001', birthDate: '1990-01-12' }, 'en');
    expect(res.json()).toMatchObject({ valid: true, regency: { name: 'Kabupaten Nagekeo' }, district: null, warnings: [{ code: 'NIK_DISTRICT_UNKNOWN' }] });
  });

  it('lists the rules in force on a day (GET, no header needed)', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/rules?on=2026-05-01' });
    expect(res.statusCode).toBe(200);
    const discount = res.json().items.find((row: { key: string }) => row.key === 'bpu.discount.rate');
    expect(discount).toMatchObject({ value: 5_000, unit: 'bp', legalBasis: 'PP 50/2025', effectiveTo: '2026-12-31', scope: { sector: 'other', funding: 'self' } });
  });

  it('documents every calculation in OpenAPI', async () => {
    const paths = Object.keys((await app.inject({ method: 'GET', url: '/api/openapi.json' })).json().paths);
    for (const path of ['contribution', 'benefit/jkm', 'benefit/jkk-death', 'benefit/jkk-disability', 'benefit/jkk-stmb', 'plan', 'nik']) {
      expect(paths).toContain(`/api/v1/calc/${path}`);
    }
    expect(paths).toContain('/api/v1/rules');
  });

  it('is rate-limited per client', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 121; i += 1) {
      statuses.push((await app.inject({ method: 'GET', url: '/api/v1/rules', remoteAddress: '10.9.9.9' })).statusCode);
    }
    expect(statuses.slice(0, 120).every((status) => status === 200)).toBe(true);
    expect(statuses[120]).toBe(429);
    // another client is not affected
    expect((await app.inject({ method: 'GET', url: '/api/v1/rules', remoteAddress: '10.9.9.10' })).statusCode).toBe(200);
  });
});
