/**
 * Runs in a worker thread with its own heap limit (xlsx-worker-reader.ts): checks the ZIP (declared sizes,
 * then what every entry really inflates to), then streams the sheet's rows to the parent in batches, at
 * most two ahead of what the parent has taken (backpressure). A refusal is posted as its code; anything
 * else the parser throws is a damaged file. If the file still needs more memory than the limit, only this
 * thread dies — the server goes on.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DomainError } from '../domain/errors';
import { openXlsx } from './xlsx-reader';
import { assertInflatesWithin } from './zip-inflate-check';
import { assertSafeWorkbook, readZipDirectory, type ZipLimits } from './zip-inspect';
import type { Cell } from './spreadsheet.types';
import type { HeaderTest, WorkerMessage } from './xlsx-worker-reader';

const { path, sheet, limits, headerTest } = workerData as { path: string; sheet: string | null; limits: ZipLimits; headerTest: HeaderTest };
const port = parentPort!;
const post = (m: WorkerMessage) => port.postMessage(m);

let credit = 2;
let wake: (() => void) | undefined;
port.on('message', (m) => {
  if (m !== 'more') return;
  credit++;
  wake?.();
  wake = undefined;
});

async function main() {
  const entries = await readZipDirectory(path);
  assertSafeWorkbook(entries, limits);
  await assertInflatesWithin(path, entries, limits);
  const isHeader = (await import(headerTest.module) as Record<string, (cells: readonly Cell[]) => boolean>)[headerTest.name]!;
  const reader = await openXlsx(path, sheet, isHeader, limits);
  for await (const rows of reader.rows) {
    while (credit === 0) await new Promise<void>((resolve) => { wake = resolve; });
    credit--;
    post({ type: 'rows', rows, sheet: reader.sheet, total: reader.progress(0).estimatedRows });
  }
  post({ type: 'end', sheet: reader.sheet });
}

main().then(() => port.close(), (e: unknown) => {
  post(e instanceof DomainError
    ? { type: 'error', code: e.code, details: e.details as Record<string, unknown> }
    : { type: 'error', code: 'IMPORT_FILE_CORRUPT', details: { field: 'file' } });
  port.close();
});
