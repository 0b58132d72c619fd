/**
 * Opens the database the configuration names — an external PostgreSQL (DATABASE_URL) or the embedded
 * one under the data directory — and brings it to the latest schema and reference data.
 */
import type { Config } from '../config/config';
import { createDb, type Db } from '../db/database';
import { startEmbeddedPostgres } from '../db/embedded-postgres';
import { migrateToLatest } from '../db/migrate';
import { seedReferenceData } from './reference-data';

export interface OpenSystem {
  db: Db;
  url: string;
  embedded: boolean;
  applied: string[];
  close(): Promise<void>;
}

export async function openSystem(config: Config, log: (m: string) => void = () => {}): Promise<OpenSystem> {
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.dataDir, log);
  const url = config.databaseUrl ?? embedded!.url;
  const db = createDb(url);
  try {
    const { applied } = await migrateToLatest(db);
    if (applied.length) log(`applied migrations: ${applied.join(', ')}`);
    await seedReferenceData(db);
    return {
      db, url, embedded: !!embedded, applied,
      async close() {
        await db.destroy();
        await embedded?.stop();
      },
    };
  } catch (e) {
    await db.destroy();
    await embedded?.stop();
    throw e;
  }
}
