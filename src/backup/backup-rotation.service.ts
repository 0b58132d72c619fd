/**
 * The daily backup of a running server: one file per day in `<dataDir>/backups/`
 * (`lindung-YYYY-MM-DD.backup.gz`, a second run on one day replaces that day's file), and the files of
 * days older than the retention removed after a new backup succeeded — so a failing backup never eats
 * the last good ones.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { RequestContext } from '../auth/actor';
import type { Db } from '../db/database';
import { registerTask } from '../jobs/task-registry';
import { createBackup, type BackupResult } from './backup.service';

const DAILY = /^lindung-(\d{4}-\d{2}-\d{2})\.backup\.gz$/;
const DAY_MS = 24 * 60 * 60 * 1000;

export const dailyBackupFile = (dir: string, now: Date) => path.join(dir, `lindung-${now.toISOString().slice(0, 10)}.backup.gz`);

export interface DailyBackupResult { backup: BackupResult; removed: string[] }

export async function runDailyBackup(db: Db, ctx: RequestContext, opts: { dir: string; keepDays: number; now?: Date }): Promise<DailyBackupResult> {
  const now = opts.now ?? new Date();
  const backup = await createBackup(db, ctx, dailyBackupFile(opts.dir, now), now);
  const oldest = new Date(now.getTime() - opts.keepDays * DAY_MS).toISOString().slice(0, 10);
  const removed = fs.readdirSync(opts.dir)
    .filter((name) => { const day = DAILY.exec(name)?.[1]; return day !== undefined && day < oldest; })
    .sort();
  for (const name of removed) fs.rmSync(path.join(opts.dir, name));
  return { backup, removed };
}

/** The daily schedule's task (src/jobs/schedules.ts): skipped when off (keepDays 0) or when today already has its file. */
registerTask<{ dir: string; keepDays: number }>('system.backup', async (req, run) => {
  if (req.keepDays === 0 || fs.existsSync(dailyBackupFile(req.dir, new Date()))) return;
  await runDailyBackup(run.db, run.ctx, req);
});
