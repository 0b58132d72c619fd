/**
 * An XLSX is parsed in a worker thread with its own memory limit (issue #16: a few-MB workbook whose
 * shared strings inflate to hundreds of MB took the whole server down with it). The worker checks the ZIP
 * by what it really inflates to before parsing (zip-inflate-check.ts); whatever still needs more memory
 * than XLSX_WORKER_HEAP_MB ends the worker alone, refused as IMPORT_XLSX_TOO_COMPLEX, while the server
 * keeps answering. Rows come over in batches (structured clone keeps Dates), two at most in flight.
 */
import { Worker } from 'node:worker_threads';
import { DomainError, type ErrorCode } from '../domain/errors';
import type { RowReader, SheetRow } from './spreadsheet.types';
import type { ZipLimits } from './zip-inspect';

/** Heap of one parse: the largest shared strings admitted (SHARED_STRINGS_MAX_BYTES) fit with room to spare. */
export const XLSX_WORKER_HEAP_MB = 1024;

export type WorkerMessage =
  | { type: 'rows'; rows: SheetRow[]; sheet: string | null; total: number | null }
  | { type: 'end'; sheet: string | null }
  | { type: 'error'; code: string; details: Record<string, unknown> };

const WORKER_URL = new URL('./xlsx-parse.worker.mjs', import.meta.url);

/**
 * Which rows are a header is the capability's rule, and a function cannot cross into a thread: the worker
 * imports `name` from the module at `module` (a file URL) itself.
 */
export interface HeaderTest { readonly module: string; readonly name: string }

export function openXlsxInWorker(path: string, sheet: string | null, limits: ZipLimits, headerTest: HeaderTest, heapMb = XLSX_WORKER_HEAP_MB): RowReader {
  const worker = new Worker(WORKER_URL, {
    workerData: { path, sheet, limits, headerTest },
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32 },
  });
  const queue: WorkerMessage[] = [];
  let failure: DomainError | undefined;
  let exited = false;
  let notify: (() => void) | undefined;
  const wakeUp = () => { notify?.(); notify = undefined; };
  worker.on('message', (m: WorkerMessage) => { queue.push(m); wakeUp(); });
  worker.on('error', (e: Error & { code?: string }) => {
    failure = e.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? new DomainError('IMPORT_XLSX_TOO_COMPLEX', 'invalid', { field: 'file' })
      : new DomainError('IMPORT_FILE_CORRUPT', 'invalid', { field: 'file' });
    wakeUp();
  });
  worker.on('exit', () => { exited = true; wakeUp(); });

  let chosen: string | null = null;
  let total: number | null = null;
  async function* rows(): AsyncGenerator<SheetRow[]> {
    try {
      for (;;) {
        while (queue.length === 0 && !failure && !exited) await new Promise<void>((resolve) => { notify = resolve; });
        const m = queue.shift();
        if (!m) throw failure ?? new DomainError('IMPORT_FILE_CORRUPT', 'invalid', { field: 'file' });
        // the worker posts codes it took from registered DomainErrors
        if (m.type === 'error') throw new DomainError(m.code as ErrorCode, 'invalid', m.details);
        chosen = m.sheet;
        if (m.type === 'end') return;
        total = m.total;
        worker.postMessage('more');
        yield m.rows;
      }
    } finally {
      void worker.terminate();
    }
  }
  return {
    format: 'xlsx',
    get sheet() { return chosen; },
    rows: rows(),
    progress: (processed) => ({ fraction: total ? Math.min(processed / total, 1) : 0, estimatedRows: total }),
    close: () => { void worker.terminate(); },
  };
}
