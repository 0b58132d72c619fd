/**
 * One pooled connection held for a whole unit of work, seen both as a Kysely `Db` (for ordinary queries)
 * and as the raw pg client (for COPY … FROM STDIN, which Kysely cannot issue). Both run on the same
 * session, so a COPY and the queries around it share one transaction.
 */
import { Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { poolOf, type Db } from './database';
import type { Database } from './schema';

export interface DedicatedConnection {
  /** Kysely bound to this one connection (never use it concurrently with a running COPY). */
  readonly db: Db;
  /**
   * Starts `COPY … FROM STDIN` and returns the stream to write rows to. `bufferBytes` is how far the writer
   * may run ahead of PostgreSQL before write() asks it to wait for 'drain' (the stream's highWaterMark).
   */
  copyFrom(statement: string, bufferBytes?: number): ReturnType<typeof copyFrom>;
  /** Starts `COPY … TO STDOUT` and returns the stream of its output (a backup reads tables this way). */
  copyTo(statement: string): ReturnType<typeof copyTo>;
}

export async function withDedicatedConnection<T>(db: Db, body: (conn: DedicatedConnection) => Promise<T>): Promise<T> {
  const pool = poolOf(db);
  if (!pool) throw new Error('withDedicatedConnection: this Db was not created by createDb');
  const client = await pool.connect();
  let broken: Error | undefined;
  // A server that goes away mid-import (shutdown, crash) emits 'error' on the checked-out client; with
  // no listener that event would crash the whole process. The running query fails by itself anyway.
  const onError = (e: Error) => { broken ??= e; };
  client.on('error', onError);
  // A pool of one that always hands out this client; releasing is ours to do, once, at the end.
  const handle = { query: client.query.bind(client), release: () => {} } as unknown as pg.PoolClient;
  const single = { connect: async () => handle, end: async () => {} };
  const bound = new Kysely<Database>({ dialect: new PostgresDialect({ pool: single }) });
  try {
    return await body({
      db: bound,
      copyFrom: (statement, bufferBytes) => client.query(copyFrom(statement, bufferBytes ? { highWaterMark: bufferBytes } : undefined)),
      copyTo: (statement) => client.query(copyTo(statement)),
    });
  } catch (e) {
    broken = e instanceof Error ? e : new Error(String(e));
    throw e;
  } finally {
    // a connection left inside a failed COPY or transaction must not go back to the pool
    client.off('error', onError);
    client.release(broken);
  }
}
