/**
 * Streams the table sections of a backup file back into PostgreSQL: each section becomes one
 * `COPY … FROM STDIN`, fed in batches of lines with back-pressure. The closing `@end` line must agree
 * with what was read, else the file was cut short or edited and the restore (one transaction) fails.
 */
import { once } from 'node:events';
import type { DedicatedConnection } from '../db/dedicated-connection';
import { DomainError } from '../domain/errors';
import { copyColumns, END_OF_TABLE, parseTagged, type BackupTotals } from './backup-file';
import type { TableColumns } from './backup.repository';

const BATCH_LINES = 2_000;

export async function restoreRows(lines: AsyncIterator<string>, conn: DedicatedConnection): Promise<BackupTotals> {
  const seen: BackupTotals = { tables: 0, rows: 0 };
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    const end = parseTagged<BackupTotals>(next.value, '@end');
    if (end) {
      if (end.tables !== seen.tables || end.rows !== seen.rows) break;
      return seen;
    }
    const table = parseTagged<TableColumns>(next.value, '@table');
    if (!table) break;
    seen.rows += await copyTable(lines, conn, table);
    seen.tables++;
  }
  throw new DomainError('BACKUP_FILE_INVALID', 'invalid', { field: 'file', reason: 'incomplete' });
}

async function copyTable(lines: AsyncIterator<string>, conn: DedicatedConnection, table: TableColumns): Promise<number> {
  const stream = conn.copyFrom(`COPY ${copyColumns(table)} FROM STDIN`);
  const done = new Promise<void>((resolve, reject) => { stream.on('finish', resolve); stream.on('error', reject); });
  done.catch(() => {}); // awaited below; a failure mid-stream surfaces through write/drain too
  let batch: string[] = [];
  let rows = 0;
  const flush = async () => {
    if (batch.length && !stream.write(`${batch.join('\n')}\n`)) await once(stream, 'drain');
    batch = [];
  };
  try {
    for (let next = await lines.next(); ; next = await lines.next()) {
      if (next.done) throw new DomainError('BACKUP_FILE_INVALID', 'invalid', { field: 'file', reason: 'incomplete' });
      if (next.value === END_OF_TABLE) break;
      batch.push(next.value);
      rows++;
      if (batch.length >= BATCH_LINES) await flush();
    }
    await flush();
  } catch (e) {
    // end the COPY with CopyFail, else the connection stays in COPY mode and the ROLLBACK never runs
    stream.destroy(e instanceof Error ? e : new Error(String(e)));
    await done.catch(() => {});
    throw e;
  }
  stream.end();
  await done;
  return rows;
}
