/**
 * Schema-driven fuzzing of every route in /api/openapi.json (issue 16): for each operation, fast-check
 * generates path parameters, query strings and JSON bodies from the route's own schemas, valid but for
 * one spoiled spot (NUL, lone surrogates, impossible dates, huge numbers, wrong types, a missing or an
 * unknown field) so that most requests get past validation, and sends them as the admin, a Dinas officer and nobody. Whatever comes in, the answer is never a 5xx.
 * Routes that end the session or change passwords run last, so the others keep their callers.
 * FUZZ_RUNS (per operation and caller kind, default 10) and FUZZ_SEED make a run longer or reproducible.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../src/http/types';
import { CSRF, loginAs } from './support/http';
import { arbitraryOf, hostileValue, nearlyValid, type JsonSchema } from './support/schema-arbitrary';
import { createTestApp, DEMO_USERS } from './support/server';

interface Operation { method: string; path: string; parameters?: { in: string; name: string; schema: JsonSchema }[]; requestBody?: { content: Record<string, { schema: JsonSchema }> } }

let app: App;
let close: () => Promise<void>;
const cookies: Record<string, string> = {};
beforeAll(async () => {
  ({ app, close } = await createTestApp());
  for (const role of ['admin', 'dinas'] as const) {
    const u = DEMO_USERS.find((d) => d.role === role)!;
    cookies[role] = await loginAs(app, u.username, u.password);
  }
});
afterAll(() => close());

const RUNS = Number(process.env.FUZZ_RUNS ?? 10);
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
// these change who is signed in: fuzzed after everything else
const LAST = ['/api/v1/auth/logout', '/api/v1/auth/password', '/api/v1/users/{id}/reset-password', '/api/v1/auth/login'];

/** Path parameters: mostly ones that reach data (the demo regency, small ids), sometimes anything. */
function pathValue(name: string, schema: JsonSchema): fc.Arbitrary<unknown> {
  const real = name === 'code' ? fc.constantFrom('53.16', '53.16', '53.10', '53') : fc.integer({ min: 1, max: 6 });
  return fc.oneof({ weight: 3, arbitrary: real }, { weight: 1, arbitrary: arbitraryOf(schema, true) });
}

const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v) ?? '');

function requestsOf(op: Operation) {
  const params = op.parameters ?? [];
  const path = fc.record(Object.fromEntries(params.filter((p) => p.in === 'path').map((p) => [p.name, pathValue(p.name, p.schema)])));
  const query = fc.record(Object.fromEntries(params.filter((p) => p.in === 'query').map((p) => [p.name, nearlyValid(p.schema)])), { requiredKeys: [] });
  const bodySchema = op.requestBody?.content['application/json']?.schema;
  const body = bodySchema ? fc.oneof({ weight: 9, arbitrary: nearlyValid(bodySchema) }, { weight: 1, arbitrary: hostileValue }) : fc.constant(undefined);
  return fc.record({ path, query, body, caller: fc.constantFrom('admin', 'dinas', 'nobody') });
}

it('answers no generated request with a 5xx', { timeout: 600_000 }, async () => {
  const doc = (await app.inject({ url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, Omit<Operation, 'method' | 'path'>>> };
  const operations: Operation[] = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ ...op, method: method.toUpperCase(), path })));
  operations.sort((a, b) => Number(LAST.includes(a.path)) - Number(LAST.includes(b.path)) || LAST.indexOf(a.path) - LAST.indexOf(b.path));
  expect(operations.length).toBeGreaterThan(50);

  let sent = 0;
  const started = performance.now();
  const statuses = new Map<number, number>();
  for (const op of operations) {
    await fc.assert(fc.asyncProperty(requestsOf(op), async ({ path, query, body, caller }) => {
      const url = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(text(path[name])));
      const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, text(v)])).toString();
      const res = await app.inject({
        method: op.method as 'GET', url: search ? `${url}?${search}` : url,
        headers: { ...CSRF, ...(cookies[caller] ? { cookie: cookies[caller] } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { payload: JSON.stringify(body) ?? 'null' }),
      });
      sent++;
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
      if (res.statusCode >= 500) throw new Error(`${op.method} ${url}?${search} ${JSON.stringify(body)} as ${caller} → ${res.statusCode} ${res.body}`);
    }), { numRuns: RUNS * 3, seed: SEED, endOnFailure: true });
  }
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  console.log(JSON.stringify({ fuzz: { operations: operations.length, requests: sent, seconds, statuses: Object.fromEntries(statuses) } }));
  expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
  expect(sent).toBe(operations.length * RUNS * 3);
});
