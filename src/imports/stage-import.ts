/**
 * The staging pipeline of one file, in ONE transaction on one connection: stream-read rows → validate in
 * JS → COPY into import_row in chunks → set-based dedup (in file, registry, fuzzy) → counts on the batch.
 * Memory stays flat whatever the file size (rows are never collected). Any refusal (not a spreadsheet,
 * zip bomb, too many rows, missing columns) aborts the transaction: nothing is staged. A dry run rolls
 * back after computing everything.
 */
import { once } from 'node:events';
import type { RequestContext } from '../auth/actor';
import { recordAudit } from '../audit/audit.service';
import type { Db } from '../db/database';
import { withDedicatedConnection, type DedicatedConnection } from '../db/dedicated-connection';
import { sql } from 'kysely';
import { DomainError } from '../domain/errors';
import type { RegionLookup } from '../domain/region-lookup';
import { encodeRow, IMPORT_ROW_COLUMNS } from './copy-encode';
import { FuzzyBlocking } from './fuzzy-blocking';
import { NikRepeats } from './nik-repeats';
import * as dedup from './dedup.repository';
import { HEADER_SEARCH_ROWS, looksLikeHeader, mapHeaders, type ColumnMap } from './header-map';
import type { Issue, RowReader, SheetRow, WorkerGroup } from './import.types';
import * as batches from './import-batch.repository';
import { FILE_LIMITS, type ImportRules } from './import-rules';
import type { OpdIndex, VillageIndex } from './reference-index';
import { validateRow } from './row-validate';
import { cellText } from './cell-parse';

export interface StagePlan {
  readonly tenantCode: string;
  readonly group: WorkerGroup;
  readonly file: { readonly path: string; readonly name: string; readonly bytes: number; readonly sha256: string };
  readonly reader: RowReader;
  readonly rules: ImportRules;
  readonly regions: RegionLookup;
  readonly villages: VillageIndex;
  readonly opds: OpdIndex;
  readonly forcedOpdId: number | null;
  readonly defaultOpdId: number | null;
  readonly forcedVillageCode: string | null;
  readonly defaultVillageCode: string | null;
  readonly dryRun: boolean;
  /** Called inside the transaction once the batch is complete (the CLI writes the error sheet there). */
  readonly beforeCommit?: (db: Db, batchId: number) => Promise<void>;
}

export interface StageCounts {
  rows: number; accepted: number; rejected: number; warnings: number; dupInFile: number; dupInRegistry: number; fuzzy: number;
}

export type Report = (sample: { processed: number; total: number | null; fraction?: number; phase: string }) => void;

const CHUNK_CHARS = 512 * 1024;
const COPY_BUFFER_BYTES = 16 * 1024 * 1024;

/** Finds the header under any title block; throws IMPORT_NO_HEADER / IMPORT_MISSING_COLUMNS. */
export async function readHeader(reader: RowReader, plan: Pick<StagePlan, 'group' | 'forcedOpdId' | 'defaultOpdId' | 'forcedVillageCode' | 'defaultVillageCode'>): Promise<{ columns: ColumnMap; rest: SheetRow[] }> {
  const lead: SheetRow[] = [];
  while (lead.length < HEADER_SEARCH_ROWS) {
    const next = await reader.rows.next();
    if (next.done) break;
    lead.push(...next.value);
  }
  for (let i = 0; i < Math.min(lead.length, HEADER_SEARCH_ROWS); i++) {
    const header = lead[i]!;
    if (!looksLikeHeader(header.cells)) continue;
    if (header.cells.length > FILE_LIMITS.maxColumns) throw new DomainError('IMPORT_TOO_MANY_COLUMNS', 'invalid', { field: 'file', max: FILE_LIMITS.maxColumns });
    const columns = mapHeaders(header.cells, header.rowNo);
    const has = (f: keyof ColumnMap['index']) => columns.index[f] !== undefined;
    const missing = [
      !has('nik') && 'NIK', !has('name') && 'Nama',
      ...(plan.group === 'non-asn'
        ? [!has('wage') && !has('income') && 'Upah', !has('opd') && plan.forcedOpdId === null && plan.defaultOpdId === null && 'OPD']
        : [!has('village') && !plan.forcedVillageCode && !plan.defaultVillageCode && 'Desa', !has('occupation') && 'Pekerjaan']),
    ].filter(Boolean);
    if (missing.length) throw new DomainError('IMPORT_MISSING_COLUMNS', 'invalid', { field: 'file', columns: missing.join(', ') });
    return { columns, rest: lead.slice(i + 1) };
  }
  throw new DomainError('IMPORT_NO_HEADER', 'invalid', { field: 'file' });
}

async function copyRows(conn: DedicatedConnection, plan: StagePlan, columns: ColumnMap, rest: SheetRow[], batchId: number, report: Report) {
  const counts = { rows: 0, accepted: 0, rejected: 0 };
  // a deep buffer lets validation (this thread) and COPY parsing (the server) run side by side on two
  // cores; with the default 16 kB, each chunk waited until the server had taken it in
  const stream = conn.copyFrom(`COPY import_row (${IMPORT_ROW_COLUMNS.join(', ')}) FROM STDIN`, COPY_BUFFER_BYTES);
  const finished = new Promise<void>((resolve, reject) => { stream.on('finish', resolve); stream.on('error', reject); });
  finished.catch(() => {}); // awaited below; a failure mid-stream surfaces through write/drain too
  const ctx = { ...plan, columns };
  const blocking = new FuzzyBlocking();
  const repeats = new NikRepeats();
  let chunk = '';
  try {
    for (let batch: SheetRow[] | undefined = rest; batch; batch = (await plan.reader.rows.next()).value || undefined) {
      for (const row of batch) {
        const staged = validateRow(row, ctx);
        if (!staged) continue;
        if (++counts.rows > FILE_LIMITS.maxRows) throw new DomainError('IMPORT_TOO_MANY_ROWS', 'invalid', { field: 'file', max: FILE_LIMITS.maxRows });
        if (staged.status === 'accepted') counts.accepted++; else counts.rejected++;
        // a possible in-file duplicate keeps its cells: the error sheet returns it as uploaded
        if (staged.status === 'accepted' && staged.nik !== null && repeats.offer(staged.nik)) staged.raw = row.cells.map(cellText);
        chunk += encodeRow(plan.tenantCode, batchId, staged, staged.status === 'accepted' ? blocking.peersOf(staged) : null);
      }
      if (chunk.length >= CHUNK_CHARS) {
        if (!stream.write(chunk)) await once(stream, 'drain');
        chunk = '';
        const { fraction, estimatedRows } = plan.reader.progress(counts.rows);
        report({ processed: counts.rows, total: estimatedRows, fraction: fraction * 0.9, phase: 'reading' });
      }
    }
  } catch (e) {
    stream.destroy(e instanceof Error ? e : new Error(String(e)));
    throw e;
  } finally {
    plan.reader.close();
  }
  stream.end(chunk);
  await finished;
  return counts;
}

export async function stageBatch(db: Db, ctx: RequestContext, plan: StagePlan, report: Report): Promise<{ batchId: number | null; counts: StageCounts; columns: ColumnMap }> {
  const { columns, rest } = await readHeader(plan.reader, plan);
  return withDedicatedConnection(db, async (conn) => {
    await sql`BEGIN`.execute(conn.db);
    try {
      // the set-based dedup below groups and joins a whole file: let it hash in memory rather than spill
      await sql`SET LOCAL work_mem = '64MB'`.execute(conn.db);
      const { id: batchId } = await batches.insertBatch(conn.db, {
        tenant_code: plan.tenantCode, worker_group: plan.group, status: 'staged', file_name: plan.file.name.slice(0, 255),
        file_sha256: plan.file.sha256, file_bytes: plan.file.bytes, format: plan.reader.format, sheet: plan.reader.sheet,
        encoding: plan.reader.encoding ?? null, delimiter: plan.reader.delimiter ?? null, header_row: columns.headerRow,
        headers: JSON.stringify(columns.headers), column_map: JSON.stringify(columns.index), unknown_columns: JSON.stringify(columns.unknown),
        notes: JSON.stringify(plan.rules.notes satisfies Issue[]), opd_id: plan.forcedOpdId ?? plan.defaultOpdId,
        village_code: plan.forcedVillageCode ?? plan.defaultVillageCode, rules_on: plan.rules.on, created_by: ctx.actor.userId, created_by_username: ctx.actor.username,
      });
      const read = await copyRows(conn, plan, columns, rest, batchId, report);
      const total = read.rows;
      report({ processed: total, total, fraction: 0.9, phase: 'dedup' });
      // fresh statistics, or the planner takes a large new batch for a few rows and loops over it
      await dedup.analyzeStaging(conn.db);
      const dupInFile = await dedup.markInFileDuplicates(conn.db, plan.tenantCode, batchId);
      const dupInRegistry = await dedup.markRegistryDuplicates(conn.db, plan.tenantCode, batchId, plan.group);
      report({ processed: total, total, fraction: 0.94, phase: 'fuzzy' });
      await dedup.findFuzzyInFile(conn.db, plan.tenantCode, batchId);
      await dedup.findFuzzyInRegistry(conn.db, plan.tenantCode, batchId);
      const fuzzy = await dedup.countFuzzyRows(conn.db, plan.tenantCode, batchId);
      // warnings count accepted rows only: rejected rows carry none, duplicates lose theirs above
      const warnings = await dedup.countAcceptedWithWarnings(conn.db, plan.tenantCode, batchId);
      const counts: StageCounts = { ...read, warnings, accepted: read.accepted - dupInFile - dupInRegistry, dupInFile, dupInRegistry, fuzzy };
      await batches.updateBatchCounts(conn.db, plan.tenantCode, batchId, {
        rows: counts.rows, accepted: counts.accepted, rejected: counts.rejected, dup_in_file: dupInFile,
        dup_in_registry: dupInRegistry, fuzzy, warnings: counts.warnings,
      });
      await recordAudit(conn.db, ctx, {
        action: plan.dryRun ? 'import.dry-run' : 'import.stage', entity: 'import_batch', entityId: batchId, tenantCode: plan.tenantCode,
        details: { file: plan.file.name, sha256: plan.file.sha256, group: plan.group, ...counts },
      });
      await plan.beforeCommit?.(conn.db, batchId);
      await sql`${plan.dryRun ? sql`ROLLBACK` : sql`COMMIT`}`.execute(conn.db);
      report({ processed: total, total, fraction: 1, phase: 'done' });
      return { batchId: plan.dryRun ? null : batchId, counts, columns };
    } catch (e) {
      await sql`ROLLBACK`.execute(conn.db).catch(() => {});
      throw e;
    }
  });
}
