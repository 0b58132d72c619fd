/**
 * Opening an uploaded statement of receipts (CSV or XLSX, through the spreadsheet kernel the imports use:
 * sniffed by content, XLSX parsed in a worker with its own memory limit, zip bombs refused), finding its
 * header below any title block, and reading every non-blank row. At most 20,000 rows: a regency's
 * statement has a few dozen a year.
 */
import fs from 'node:fs/promises';
import { DomainError } from '../domain/errors';
import type { ReceiptRow } from '../domain/receipt-match';
import { FILE_LIMITS } from '../imports/import-rules';
import { HEADER_SEARCH_ROWS } from '../spreadsheet/header-search';
import { openRowReader } from '../spreadsheet/row-reader';
import type { Cell } from '../spreadsheet/spreadsheet.types';
import { looksLikeReceiptHeader, mapReceiptHeaders, readReceiptRow } from './reconciliation-rows';
import './payments.messages';

export const STATEMENT_MAX_ROWS = 20_000;
// the XLSX parse worker loads its header test by module and name (src/spreadsheet/row-reader.ts)
const HEADER_TEST = { module: new URL('./reconciliation-rows.ts', import.meta.url).href, name: 'looksLikeReceiptHeader' };

export interface Statement { format: 'csv' | 'xlsx'; headers: string[]; rows: (ReceiptRow & { raw: string[] })[] }

export async function readStatement(filePath: string): Promise<Statement> {
  const size = (await fs.stat(filePath)).size;
  const reader = await openRowReader(filePath, size, { isHeader: looksLikeReceiptHeader, headerTest: HEADER_TEST, zip: FILE_LIMITS.zip });
  const rows: Statement['rows'] = [];
  let header: { cells: Cell[]; index: ReturnType<typeof mapReceiptHeaders>['index'] } | null = null;
  let best: Cell[] | null = null;
  try {
    scan: for await (const chunk of reader.rows) {
      for (const r of chunk) {
        if (!header) {
          if (looksLikeReceiptHeader(r.cells)) best ??= r.cells;
          const mapped = mapReceiptHeaders(r.cells);
          if (!mapped.missing.length) header = { cells: r.cells, index: mapped.index };
          else if (r.rowNo >= HEADER_SEARCH_ROWS) break scan;
          continue;
        }
        if (r.cells.every((c) => c === null || String(c).trim() === '')) continue;
        if (rows.length >= STATEMENT_MAX_ROWS) throw new DomainError('RECON_TOO_MANY_ROWS', 'invalid', { field: 'file', max: STATEMENT_MAX_ROWS });
        rows.push(readReceiptRow(r.rowNo, r.cells, header.index));
      }
    }
  } finally {
    reader.close();
  }
  if (!header) throw new DomainError('RECON_HEADERS', 'invalid', { field: 'file', missing: mapReceiptHeaders(best ?? []).missing.join(', ') });
  if (!rows.length) throw new DomainError('RECON_EMPTY', 'invalid', { field: 'file' });
  return { format: reader.format, headers: header.cells.map((c) => (c === null ? '' : String(c))), rows };
}
