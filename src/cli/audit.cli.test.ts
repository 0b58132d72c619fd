/**
 * `lindung audit verify --json` as an operator runs it (a real process on a real database): exactly one
 * JSON document {"entries","ok","firstBadId"}, exit 0 while the chain holds and 1 once a row was edited.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cliContext } from '../auth/actor';
import { recordAudit } from '../audit/audit.service';
import { createTestDb, type TestDb } from '../../test/support/db';
import { runLindung } from '../../test/support/cli';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  for (let i = 0; i < 3; i++) await recordAudit(t.db, cliContext(), { action: 'logout', entity: 'test', entityId: i });
});
afterAll(() => t.drop());

it('answers ok, then names the row edited in SQL', async () => {
  const whole = await runLindung(t.url, ['audit', 'verify', '--json']);
  expect(whole.code).toBe(0);
  expect(whole.stdout.trim().split('\n')).toHaveLength(1);
  const before = JSON.parse(whole.stdout);
  expect(before).toEqual({ entries: before.entries, ok: true, firstBadId: null });
  expect(before.entries).toBeGreaterThanOrEqual(3);

  const { id } = await t.db.selectFrom('audit_log').select('id').where('action', '=', 'logout').orderBy('id').executeTakeFirstOrThrow();
  await sql`UPDATE audit_log SET actor_username = 'someone-else' WHERE id = ${id}`.execute(t.db);
  const broken = await runLindung(t.url, ['audit', 'verify', '--json']);
  expect(broken.code).toBe(1);
  expect(JSON.parse(broken.stdout)).toEqual({ entries: expect.any(Number), ok: false, firstBadId: Number(id) });
}, 120_000); // two cold starts of the real CLI (tsx compiles on first run)
