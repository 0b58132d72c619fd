/**
 * Regression: stopping the server during an import crashed the whole process — the checked-out client
 * emitted an unhandled 'error' event when PostgreSQL terminated its session. Now the unit of work fails
 * with the query's own error and the process lives on.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestDb } from '../../test/support/db';
import { withDedicatedConnection } from './dedicated-connection';

const getDb = useTestDb();

describe('withDedicatedConnection', () => {
  it('turns a session killed by the server into a rejected unit of work, not a crash', async () => {
    const db = getDb();
    const work = withDedicatedConnection(db, async (conn) => {
      const { rows } = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(conn.db);
      await sql`SELECT pg_terminate_backend(${rows[0]!.pid})`.execute(db);
      await new Promise((resolve) => setTimeout(resolve, 200)); // let the 'error' event arrive while idle
      await sql`SELECT 1`.execute(conn.db);
    });
    await expect(work).rejects.toThrow();
    // the pool still serves fresh connections afterwards
    expect((await sql<{ one: number }>`SELECT 1 AS one`.execute(db)).rows[0]!.one).toBe(1);
  });
});
