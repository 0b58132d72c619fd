/**
 * The CLI as a user runs it: a real process (`bin/lindung.mjs`) against a real database, checking the
 * `--json` contract (exactly one JSON document on stdout) and the exit codes 0 / 1 / 2.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLindung } from '../../test/support/cli';
import { createTestDb, type TestDb } from '../../test/support/db';

let t: TestDb;

beforeAll(async () => { t = await createTestDb(); });
afterAll(() => t.drop());

const lindung = (...args: string[]) => runLindung(t.url, args);

describe('lindung CLI', () => {
  it('seeds the demo idempotently and prints one JSON document', async () => {
    const first = await lindung('demo', 'seed', '--json');
    expect(first.code).toBe(0);
    const doc = JSON.parse(first.stdout);
    // the 2023 MoU and the 2025 PKS; the PKS enrolled in full: 6,311 non-ASN + 3,034 pekerja rentan (synthetic),
    // plus the two example people who replace the year's deceased (2025-07-01, 2025-09-01)
    expect(doc.created).toEqual({ opds: 23, users: 10, agreements: 2, workers: 9_347, participants: 9_347, bills: 24, payments: 12 });
    expect(doc.users.map((u: { role: string }) => u.role)).toEqual(['admin', 'dinas', 'dinas', 'opd', 'desa', 'bpjs', 'viewer', 'viewer', 'viewer', 'auditor']);
    const again = JSON.parse((await lindung('demo', 'seed', '--json')).stdout);
    expect(again.created).toEqual({ opds: 0, users: 0, agreements: 0, workers: 0, participants: 0, bills: 0, payments: 0 });
  }, 180_000); // two real processes seeding ~9,347 people, their year of bills, payments and claims

  it('creates a user, and refuses bad input with exit 1 and a JSON error', async () => {
    const ok = await lindung('users', 'create', '--username', 'dinas.ende', '--password', 'Sangat#Rahasia-Ende-26', '--role', 'viewer', '--region-scope', '53.08', '--json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).user).toMatchObject({ username: 'dinas.ende', role: 'viewer', regionScope: '53.08' });
    const dup = await lindung('users', 'create', '--username', 'dinas.ende', '--password', 'Sangat#Rahasia-Ende-26', '--role', 'viewer', '--json');
    expect(dup.code).toBe(1);
    expect(JSON.parse(dup.stdout).error.code).toBe('USERNAME_TAKEN');
    const scopeless = await lindung('users', 'create', '--username', 'opd.x', '--password', 'Sangat#Rahasia-Ende-26', '--role', 'opd', '--json');
    expect(scopeless.code).toBe(1);
    expect(JSON.parse(scopeless.stdout).error.code).toBe('ROLE_SCOPE_REQUIRED');
  });

  it('answers a usage error with exit 2', async () => {
    const res = await lindung('users', 'create', '--json');
    expect(res.code).toBe(2);
    expect(JSON.parse(res.stdout).error.code).toBe('USAGE');
    expect((await lindung('no-such-command')).code).toBe(2);
  });

  it('reports migrations as up to date on a migrated database', async () => {
    const res = await lindung('db', 'migrate', '--json');
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual({ applied: [], embedded: false });
  });
});
