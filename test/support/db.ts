/**
 * A fresh database for one test file, cloned from the migrated template the global setup built.
 * Call `useTestDb()` at the top of a file; the database is dropped after the file's tests.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { createDb, type Db } from '../../src/db/database';
import { stopQueue } from '../../src/jobs/queue';
import { withDatabase } from '../global-setup';

export interface TestDb { db: Db; url: string; drop(): Promise<void> }

export async function createTestDb(): Promise<TestDb> {
  const adminUrl = inject('adminUrl');
  const name = `lindung_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('templateDb')}`);
  const url = withDatabase(adminUrl, name);
  const db = createDb(url, 5);
  return {
    db, url,
    async drop() {
      await stopQueue(db); // a test that waited for a job ran the queue of this database
      await db.destroy();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** Registers beforeAll/afterAll hooks and returns a getter for the file's database. */
export function useTestDb(): () => Db {
  let t: TestDb | undefined;
  beforeAll(async () => { t = await createTestDb(); });
  afterAll(async () => { await t?.drop(); });
  return () => {
    if (!t) throw new Error('test database not ready');
    return t.db;
  };
}
