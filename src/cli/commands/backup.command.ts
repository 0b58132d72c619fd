/**
 * `lindung backup [--out FILE]` and `lindung restore FILE`: the whole installation into one file and back
 * (src/backup/backup.service.ts). Without --out the file goes to `<dataDir>/backups/` with the time in its
 * name. A restore replaces every record (and signs everyone out); stop the server first.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { createBackup, restoreBackup } from '../../backup/backup.service';
import { loadConfig } from '../../config/config';
import { printResult, run } from '../output';
import { withSystem } from '../system';

const stamp = (d: Date) => d.toISOString().slice(0, 19).replaceAll(':', '').replace('T', '-');

export function registerBackupCommands(program: Command) {
  program.command('backup').description('back up the whole installation into one file')
    .option('--out <file>', 'where to write it (default: <data dir>/backups/lindung-<time>.backup.gz)')
    .option('--json', 'JSON output')
    .action((opts: { out?: string; json?: boolean }) => run(opts, async () => {
      const now = new Date();
      const file = opts.out ?? path.join(loadConfig().dataDir, 'backups', `lindung-${stamp(now)}.backup.gz`);
      const result = await withSystem((db, ctx) => createBackup(db, ctx, file, now));
      printResult(opts, result, (r: typeof result) => `${r.file}: ${r.tables} tables, ${r.rows} rows, ${r.bytes} bytes`);
    }));
  program.command('restore').description('replace all data with a backup file (stop the server first)')
    .argument('<file>', 'a file written by `lindung backup`')
    .option('--json', 'JSON output')
    .action((file: string, opts: { json?: boolean }) => run(opts, async () => {
      const result = await withSystem((db, ctx) => restoreBackup(db, ctx, file));
      printResult(opts, result, (r: typeof result) => `restored the backup of ${r.createdAt}: ${r.tables} tables, ${r.rows} rows`);
    }));
}
