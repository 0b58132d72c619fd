/** The Kysely instance over a node-postgres pool. int8 and numeric are parsed to JS numbers, safely. */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

export type Db = Kysely<Database>;

function parseSafeInteger(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`integer ${value} exceeds the safe range`);
  return n;
}
pg.types.setTypeParser(pg.types.builtins.INT8, parseSafeInteger);
// Dates (no time) stay 'YYYY-MM-DD' strings: the domain works on calendar days, not instants.
pg.types.setTypeParser(pg.types.builtins.DATE, (v: string) => v);

// The pool behind each Kysely instance, for the few jobs Kysely cannot do (COPY): see dedicated-connection.ts.
const pools = new WeakMap<Db, pg.Pool>();
export const poolOf = (db: Db): pg.Pool | undefined => pools.get(db);

export function createDb(connectionString: string, max = 10): Db {
  const pool = new pg.Pool({ connectionString, max });
  // An idle connection the server closes (shutdown, restart) must not crash the process; the pool
  // discards it and the next query opens a fresh one.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  pools.set(db, pool);
  return db;
}
