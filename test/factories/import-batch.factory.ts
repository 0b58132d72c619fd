/** A staged import batch from row objects: written as the CSV an office would upload, then staged. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RequestContext } from '../../src/auth/actor';
import type { Db } from '../../src/db/database';
import { importFile, type ImportRequest } from '../../src/imports/imports.service';

/** One row as the office types it (Indonesian headers; dates DD/MM/YYYY). */
export interface UploadRow { NIK: string; Nama: string; 'Tgl Lahir': string; JK: 'L' | 'P'; 'Unit Kerja'?: string; Jabatan?: string; Gaji?: string; 'Tempat Lahir'?: string; 'No HP'?: string }

export async function aBatch(db: Db, ctx: RequestContext, rows: readonly UploadRow[], req: Partial<ImportRequest> = {}) {
  const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lindung-factory-'));
  const file = path.join(dir, 'daftar.csv');
  fs.writeFileSync(file, [headers.join(';'), ...rows.map((r) => headers.map((h) => (r as unknown as Record<string, string>)[h] ?? '').join(';'))].join('\n'));
  try {
    return await importFile(db, ctx, { tenantCode: '53.16', group: 'non-asn', filePath: file, fileName: 'daftar.csv', on: '2025-06-30', ...req });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
