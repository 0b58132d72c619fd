/**
 * The real app on a fresh, migrated, demo-seeded database, listening on a free port — for browser tests
 * and anything that needs a socket. (HTTP tests use `app.inject()` through `createTestApp`.)
 */
import { cliContext } from '../../src/auth/actor';
import type { Clock } from '../../src/clock/clock';
import { loadConfig } from '../../src/config/config';
import { seedDemo } from '../../src/demo/demo.service';
import { buildApp } from '../../src/server/app';
import type { Db } from '../../src/db/database';
import type { App } from '../../src/http/types';
import { createTestDb, type TestDb } from './db';

export { DEMO_USERS } from '../../src/demo/demo-users';

/**
 * `clock` pins "now" for the app's services (e.g. `fixedClock('2025-06-30')`); the system clock otherwise.
 * `participants: true` seeds the demo registry and its 2025 enrolment too (9,345 synthetic people).
 */
export async function createTestApp(opts: { demo?: boolean; clock?: Clock; participants?: boolean } = {}): Promise<{ app: App; t: TestDb; close(): Promise<void> }> {
  const t = await createTestDb();
  if (opts.demo !== false) await seedDemo(t.db, cliContext(), { participants: opts.participants ?? false });
  const app = await buildApp({ db: t.db, config: { ...loadConfig(), databaseUrl: t.url }, ...(opts.clock ? { clock: opts.clock } : {}) });
  await app.ready();
  return { app, t, async close() { await app.close(); await t.drop(); } };
}

/** `db` is the server's own database, for a journey that must arrange what no page can (e.g. hold a lock). */
export async function startTestServer(opts: { participants?: boolean; clock?: Clock } = {}): Promise<{ url: string; app: App; db: Db; close(): Promise<void> }> {
  const { app, t, close } = await createTestApp(opts);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, app, db: t.db, close };
}
