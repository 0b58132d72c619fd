/**
 * The declared schedules: which task runs when (cron: minute hour day-of-month month day-of-week, in the
 * server's local time) with what payload. `lindung serve` hands them to the queue (src/jobs/queue.ts);
 * graphile-worker records each run, so a run is not repeated by a second server, and one missed while the
 * server was down within `backfillHours` is made up at start. Monthly billing and reminders come here next.
 */
import path from 'node:path';
import type { Config } from '../config/config';
import type { JobKind } from './job-kinds';

export interface Schedule {
  /** Stable name: graphile-worker remembers the last run under it. Never rename a shipped one. */
  readonly id: string;
  readonly task: JobKind;
  readonly cron: string;
  readonly payload: (config: Config) => Record<string, unknown>;
  /** Also run once when the server starts (housekeeping that should not wait for the first tick). */
  readonly atStart?: boolean;
  readonly backfillHours?: number;
}

export const SCHEDULES: readonly Schedule[] = [
  {
    // UU 27/2022 Pasal 16 (2): staged rows of decided batches go once their retention ends
    id: 'import-purge-daily', task: 'import.purge', cron: '30 1 * * *', atStart: true, backfillHours: 24,
    payload: (config) => ({ olderThanDays: config.importRowRetentionDays, dataDir: config.dataDir }),
  },
  {
    // the daily backup with retention (issue #17); keepDays 0 turns it into a no-op
    id: 'backup-daily', task: 'system.backup', cron: '0 2 * * *', atStart: true, backfillHours: 24,
    payload: (config) => ({ dir: path.join(config.dataDir, 'backups'), keepDays: config.backupKeepDays }),
  },
  {
    // issue #12: bills of the month on its 1st (BPU are due on the 15th of the month itself); a week's backfill
    // makes up a run missed while the server was off, and the run is idempotent
    id: 'billing-run-monthly', task: 'billing.run-month', cron: '0 6 1 * *', backfillHours: 24 * 7,
    payload: () => ({}),
  },
];
