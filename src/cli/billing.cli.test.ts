/**
 * The billing CLI contract (issue #12 §11) as a user runs it: a real process against a real database.
 * `billing run` twice (the second answers created 0 with the same bills), `billing list`, bad input → exit 1,
 * and the holiday calendar.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aParticipant, aPks, aTenant, NAGEKEO } from '../../test/factories';
import { runLindung } from '../../test/support/cli';
import { createTestDb, type TestDb } from '../../test/support/db';

let t: TestDb;
let pks: Awaited<ReturnType<typeof aPks>>;

beforeAll(async () => {
  t = await createTestDb();
  await aTenant(t.db);
  pks = await aPks(t.db, NAGEKEO);
  for (const from of ['2026-01-01', '2026-01-20']) await aParticipant(t.db, NAGEKEO, { agreementId: pks.id, groupId: pks.pu, from, to: '2026-12-31' });
  await aParticipant(t.db, NAGEKEO, { agreementId: pks.id, groupId: pks.bpu, group: 'rentan', from: '2026-01-01', to: '2026-12-31' });
}, 120_000);
afterAll(() => t.drop());

const lindung = async (...args: string[]) => {
  const r = await runLindung(t.url, [...args, '--json']);
  return { code: r.code, json: r.stdout ? JSON.parse(r.stdout) : null };
};

// each command is a fresh process (tsx, migrations check): slow on a loaded machine
const SLOW = { timeout: 240_000 };

describe('lindung billing (--json contract)', () => {
  it('runs a month, and again answers created 0 with the same bills; lists them', SLOW, async () => {
    const first = await lindung('billing', 'run', '--tenant', NAGEKEO, '--month', '2026-01', '--agreement', String(pks.id));
    expect(first.code).toBe(0);
    expect(Object.keys(first.json)).toEqual(['month', 'created', 'bills']);
    expect(first.json).toMatchObject({ month: '2026-01', created: 2 });
    expect(Object.keys(first.json.bills[0])).toEqual(['id', 'number', 'agreementId', 'groupId', 'participants', 'amount', 'dueDate']);
    expect(first.json.bills.map((b: { participants: number; amount: number }) => [b.participants, b.amount])).toEqual([[1, 16_800], [2, 2 * 12_577]]);

    const again = await lindung('billing', 'run', '--tenant', NAGEKEO, '--month', '2026-01', '--agreement', String(pks.id));
    expect(again.json).toEqual({ ...first.json, created: 0 });

    const list = await lindung('billing', 'list', '--tenant', NAGEKEO, '--agreement', String(pks.id));
    expect(list.code).toBe(0);
    expect(Object.keys(list.json.items[0])).toEqual(['id', 'number', 'month', 'groupId', 'participants', 'amount', 'paid', 'outstanding', 'lateFee', 'status', 'dueDate']);
    expect(list.json.items).toHaveLength(2);
    expect(list.json.items[0]).toMatchObject({ month: '2026-01', paid: 0, outstanding: 16_800, dueDate: '2026-01-15' }); // BPU: due first
  });

  it.each([
    [['billing', 'run', '--tenant', NAGEKEO, '--month', '2026-13'], 'MONTH_INVALID'],
    [['billing', 'run', '--tenant', NAGEKEO, '--month', '2025-12', '--agreement', '1'], 'BILLING_MONTH_OUTSIDE_PKS'],
  ])('bad input exits 1 with a typed error: %j', SLOW, async (args, code) => {
    const r = await lindung(...args);
    expect(r.code).toBe(1);
    expect(r.json.error.code).toBe(code);
  });

  it('lists and adds holidays', SLOW, async () => {
    const list = await lindung('holidays', 'list', '--year', '2026');
    expect(list.json.items.find((h: { date: string }) => h.date === '2026-03-21')).toMatchObject({ kind: 'national', nameEn: 'Eid al-Fitr' });
    const added = await lindung('holidays', 'add', '--date', '2027-02-06', '--kind', 'national', '--name-id', 'Tahun Baru Imlek', '--name-en', 'Chinese New Year', '--source', 'SKB 2026 (contoh)');
    expect(added).toMatchObject({ code: 0, json: { date: '2027-02-06', enteredBy: 'cli' } });
  });
});
