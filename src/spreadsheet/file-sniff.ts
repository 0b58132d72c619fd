/**
 * What kind of file was uploaded, from its first bytes — never from its name alone (a renamed .exe is not
 * a CSV). XLSX is a ZIP; the old binary .xls (OLE2) and anything else binary is refused with a message
 * saying what to do instead.
 */
import fs from 'node:fs/promises';
import { DomainError } from '../domain/errors';
import type { FileFormat } from './spreadsheet.types';

const startsWith = (buf: Buffer, bytes: number[]) => bytes.every((b, i) => buf[i] === b);

export async function readHead(path: string, length = 64 * 1024): Promise<Buffer> {
  const handle = await fs.open(path, 'r');
  try {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buf, 0, length, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Throws IMPORT_EMPTY, IMPORT_XLS_LEGACY or IMPORT_FILE_TYPE; otherwise the format. */
export function sniffFormat(head: Buffer): FileFormat {
  if (head.length === 0) throw new DomainError('IMPORT_EMPTY', 'invalid', { field: 'file' });
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) throw new DomainError('IMPORT_XLS_LEGACY', 'invalid', { field: 'file' });
  // UTF-16 text (Excel's "Unicode Text") starts with its BOM; otherwise text has no NUL bytes.
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) return 'csv';
  if (head.includes(0)) throw new DomainError('IMPORT_FILE_TYPE', 'invalid', { field: 'file' });
  // Other known binary formats that contain no NUL in their first bytes
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46]) || startsWith(head, [0x1f, 0x8b]) || startsWith(head, [0x89, 0x50, 0x4e, 0x47]))
    throw new DomainError('IMPORT_FILE_TYPE', 'invalid', { field: 'file' });
  return 'csv';
}
