/**
 * Applies the versioned migrations (src/db/migrations, listed statically so bundling never loses one),
 * then installs or upgrades the job queue's own schema (graphile-worker, `graphile_worker.*`), so a test
 * template, a fresh installation and an upgrade all have it before any runner starts.
 */
import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import { poolOf, type Db } from './database';
import { migrations } from './migrations';

class StaticProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations;
  }
}

export interface MigrateResult { applied: string[] }

export async function migrateToLatest(db: Db): Promise<MigrateResult> {
  const migrator = new Migrator({ db, provider: new StaticProvider() });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  const pgPool = poolOf(db);
  // silent: graphile-worker logs to the console by default, and a failure is thrown anyway
  if (pgPool) {
    // loaded here, not at start-up: every `lindung` command would otherwise pay for it
    const { Logger, runMigrations } = await import('graphile-worker');
    await runMigrations({ pgPool, logger: new Logger(() => () => {}) });
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
