/**
 * Bytes no office would type, in the middle of a file (issue #16 item 9): the sniffer only sees the first
 * 64 KB, so a NUL further on reached COPY and failed the whole job (22P05: jsonb refuses \u0000). That row
 * is rejected with a reason; every other row is staged as usual.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cliContext, type RequestContext } from '../auth/actor';
import { seedDemo } from '../demo/demo.service';
import { useTestDb } from '../../test/support/db';
import { contextOf, stage, TENANT, tempDir } from '../../test/support/imports';
import { PEOPLE } from '../../test/fixtures/imports/imports.fixtures';
import { listImportRows } from './import-review.service';

const db = useTestDb();
let dir: string;
let dinas: RequestContext;

beforeAll(async () => {
  await seedDemo(db(), cliContext());
  dinas = await contextOf(db(), 'dinas');
  dir = tempDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('rejects the one row holding a NUL byte after the first 64 KB and stages the rest', async () => {
  const p = PEOPLE.yohanes;
  const header = 'NIK;Nama;Tgl Lahir;JK;Unit Kerja;Gaji\n';
  // 700 rows of padding (one person over and over: duplicates in the file) push the bad rows past 64 KB
  const filler = Array.from({ length: 700 }, (_, i) => `'${p.nik};Nama ${'x'.repeat(60)} ${i};12/01/1985;L;Dinas Kesehatan;2455898\n`).join('');
  expect(filler.length).toBeGreaterThan(64 * 1024);
  // a NUL in the name (rejected for it, with the raw cells kept) and one in a date (its reason quotes the value)
  const bad = `'${p.nik};Yoha\0nes Ndona;12/01/1985;L;Dinas Kesehatan;2455898\n'${p.nik};Yohanes;12/0\u00001/1985;L;Dinas Kesehatan;2455898\n`;
  const file = path.join(dir, 'nul.csv');
  fs.writeFileSync(file, header + filler + bad);
  const { summary } = await stage(db(), dinas, file);
  expect(summary.rows).toBe(702);
  const rows = (await listImportRows(db(), dinas, TENANT, summary.batchId!, { after: 701, limit: 10 }, 'id')).items;
  expect(rows.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  for (const r of rows) expect(r.reasons.map((x: { code: string }) => x.code)).toContain('CELL_CONTROL_CHAR');
  expect(JSON.stringify(rows)).not.toContain('\\u0000');
});
