/**
 * The server's OpenAPI document without a database: the real app (every route module, the same zod
 * schemas and transform) over a Kysely that cannot run a query, built only to ask @fastify/swagger for the
 * document. `npm run api:gen` writes it (and the web's types generated from it); tests compare against it.
 */
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import { loadConfig } from '../config/config';
import type { Db } from '../db/database';
import type { Database } from '../db/schema';
import { buildApp } from './app';

/** A Kysely that compiles but never connects: route registration must not need a database. */
function offlineDb(): Db {
  return new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
}

export async function buildOpenApiDocument(): Promise<object> {
  // no web/dist: the SPA fallback is hidden from the document anyway, and its presence must not matter
  const config = { ...loadConfig({}), webDist: '/nonexistent-web-dist' };
  const app = await buildApp({ db: offlineDb(), config });
  try {
    await app.ready();
    return app.swagger();
  } finally {
    await app.close();
  }
}
