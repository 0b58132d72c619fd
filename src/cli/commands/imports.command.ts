/**
 * `lindung imports purge [--older-than-days N] [--tenant CODE]`: the retention purge of staged import rows
 * from the console — the same service the server runs daily. Without --older-than-days the configured
 * retention applies (LINDUNG_IMPORT_RETENTION_DAYS, default 90). Audit-logged as "cli".
 */
import type { Command } from 'commander';
import { loadConfig } from '../../config/config';
import { DomainError } from '../../domain/errors';
import { purgeImportRows } from '../../imports/import-retention.service';
import { printResult, run } from '../output';
import { withSystem } from '../system';

interface PurgeOpts { json?: boolean; olderThanDays?: string; tenant?: string }

function daysOf(opts: PurgeOpts): number {
  if (opts.olderThanDays === undefined) return loadConfig().importRowRetentionDays;
  // whole days only: "1.5" or "90d" is a typo, not a retention period
  if (!/^\d+$/.test(opts.olderThanDays)) throw new DomainError('VALIDATION', 'invalid', { field: 'older-than-days' });
  return Number(opts.olderThanDays);
}

export function registerImportsCommands(program: Command) {
  const imports = program.command('imports').description('staged import batches: retention');

  imports.command('purge').description('delete the staged rows of import batches decided more than N days ago (batches and counts stay)')
    .option('--older-than-days <n>', 'retention in days (default: LINDUNG_IMPORT_RETENTION_DAYS or 90)')
    .option('--tenant <code>', 'only this regency, e.g. 53.16').option('--json', 'JSON output')
    .action((opts: PurgeOpts) => run(opts, async () => {
      const olderThanDays = daysOf(opts);
      const result = await withSystem((db, ctx) => purgeImportRows(db, ctx, { olderThanDays, tenantCode: opts.tenant }));
      printResult(opts, result, (r: typeof result) =>
        `${r.batches} batch diputuskan lebih dari ${olderThanDays} hari lalu: ${r.rows} baris dan ${r.matches} kandidat mirip dihapus`);
    }));
}
