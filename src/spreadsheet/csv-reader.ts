/**
 * Streams a CSV as rows of cells, as offices save them: `;` (Excel with Indonesian regional settings) or
 * `,` or tab, UTF-8 with or without BOM, UTF-16 ("Unicode Text"), or Windows-1252 (older Excel);
 * CRLF; quoted fields with embedded newlines; stray quotes. Row numbers are what Excel would show: each
 * record (blank ones included) is one row, whatever newlines its quoted fields contain.
 * Tokenising is csv-tokenizer.ts (csv-parse was the single largest cost of a large import).
 */
import fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import iconv from 'iconv-lite';
import { createCsvTokenizer } from './csv-tokenizer';
import type { RowReader, SheetRow, TextEncoding } from './spreadsheet.types';

/** Encoding from the BOM, else UTF-8 if the sample decodes strictly, else Windows-1252. */
export function detectEncoding(head: Buffer): TextEncoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf16be';
  // a multi-byte character may be cut at the end of the sample: ignore up to 3 trailing bytes
  for (let cut = 0; cut <= 3 && cut < head.length; cut++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, head.length - cut));
      return 'utf8';
    } catch { /* try a shorter sample */ }
  }
  return 'win1252';
}

function decodeSample(head: Buffer, encoding: TextEncoding): string {
  return iconv.decode(head, encoding === 'utf16be' ? 'utf16-be' : encoding === 'utf16le' ? 'utf16le' : encoding);
}

/** The separator that splits the first lines most consistently (quoted text ignored). */
export function detectDelimiter(sample: string): string {
  const lines = sample.replace(/"[^"]*"/g, '""').split(/\r\n|\n|\r/).filter((l) => l.trim()).slice(0, 30);
  let best = ',';
  let bestScore = 0;
  for (const d of [';', ',', '\t', '|']) {
    const counts = lines.map((l) => l.split(d).length - 1).filter((n) => n > 0);
    if (!counts.length) continue;
    const top = Math.max(...counts);
    // lines reaching the widest count (header + data rows), weighted by how wide they are
    const score = counts.filter((n) => n === top).length * top;
    if (score > bestScore) [best, bestScore] = [d, score];
  }
  return best;
}

export function openCsv(path: string, head: Buffer, totalBytes: number): RowReader {
  const encoding = detectEncoding(head);
  const delimiter = detectDelimiter(decodeSample(head, encoding));
  const source = fs.createReadStream(path, { highWaterMark: 256 * 1024 });
  let bytesRead = 0;

  async function* rows(): AsyncGenerator<SheetRow[]> {
    // UTF-8 through a plain decoder (fast path); the others through iconv. Both keep a character split
    // across two chunks whole.
    const decoder = encoding === 'utf8' ? new StringDecoder('utf8') : iconv.getDecoder(encoding === 'utf16be' ? 'utf16-be' : encoding);
    const tokenizer = createCsvTokenizer(delimiter);
    let rowNo = 0;
    for await (const chunk of source) {
      bytesRead += (chunk as Buffer).length;
      yield tokenizer.push(decoder.write(chunk as Buffer)).map((cells) => ({ rowNo: ++rowNo, cells }));
    }
    yield [...tokenizer.push(decoder.end() ?? ''), ...tokenizer.end()].map((cells) => ({ rowNo: ++rowNo, cells }));
  }
  return {
    format: 'csv', sheet: null, encoding, delimiter,
    rows: rows(),
    progress: (processedRows) => ({ fraction: totalBytes ? bytesRead / totalBytes : 0, estimatedRows: bytesRead ? Math.round((processedRows * totalBytes) / bytesRead) : null }),
    close: () => { source.destroy(); },
  };
}
