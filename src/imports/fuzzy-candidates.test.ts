/**
 * Which look-alikes become fuzzy candidates, in the file and against the registry, on a real PostgreSQL:
 * the same birth date and a similar name need one corroborating field (phone, birth place, or a NIK typo
 * when the place is unknown); the same phone with a somewhat similar name suffices on its own; namesakes
 * sharing only a birth date and a name token are left alone. The SQL evaluates its cheap tests first —
 * these cases pin the result, whatever the order.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliContext, type RequestContext } from '../auth/actor';
import { seedDemo } from '../demo/demo.service';
import { useTestDb } from '../../test/support/db';
import { checkerOf, contextOf, stage, tempDir } from '../../test/support/imports';
import { approveBatch, discardBatch } from './imports.service';

const db = useTestDb();
let dir: string;
let dinas: RequestContext;
/** The person REGISTERED became, once approved (by the first registry case). */
let registeredId: number | undefined;
const HEADER = 'NIK;Nama;Tempat Lahir;Tgl Lahir;JK;Unit Kerja;Gaji;No HP';
const REGISTERED = '5316071205850001;Yohanes Ndona;Mbay;12/05/1985;L;Dinas Kesehatan;2455898;081234567890';

/** Each staged row against REGISTERED, and the signals the officer is shown (null: not a candidate). */
const CASES = [
  { row: '5316071205850002;Yohanis Ndona;Mbay;12/05/1985;L;Dinas Kesehatan;2455898;081111111111', candidate: ['birth_date', 'name', 'birth_place', 'nik'] },
  { row: '5316071205850003;Ndona Yohanes;MBAY;12/05/1985;L;Dinas Kesehatan;2455898;', candidate: ['birth_date', 'name', 'birth_place', 'nik'] },
  { row: '5316071205850004;Y. Ndona;;12/05/1985;L;Dinas Kesehatan;2455898;', candidate: ['birth_date', 'initials', 'nik'] },
  { row: '5316071305850001;Yohanes Ndona;Ende;13/05/1985;L;Dinas Kesehatan;2455898;081234567890', candidate: ['name', 'phone', 'nik'] },
  // a namesake: same birth date, sex and first name, nothing else in common
  { row: '5316071205850015;Yohanes Wea;Boawae;12/05/1985;L;Dinas Kesehatan;2455898;082222222222', candidate: null },
  // the same name and birth date, but a different place and phone (a near NIK alone corroborates nothing)
  { row: '5316071205850009;Yohanes Ndona;Boawae;12/05/1985;L;Dinas Kesehatan;2455898;083333333333', candidate: null },
] as const;

beforeAll(async () => {
  await seedDemo(db(), cliContext(), { participants: false });
  dinas = await contextOf(db(), 'dinas');
  dir = tempDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function written(name: string, rows: string[]): string {
  const file = path.join(dir, `${name}.csv`);
  fs.writeFileSync(file, [HEADER, ...rows].join('\n'));
  return file;
}

async function matchesOf(batchId: number) {
  return db().selectFrom('import_match').select(['row_no', 'other_row_no', 'other_person_id', 'signals']).where('batch_id', '=', batchId).execute();
}

/** Stages a file of the given rows, returns its candidates, and discards the batch (each case stands alone). */
async function candidatesIn(name: string, rows: string[]) {
  const { summary } = await stage(db(), dinas, written(name, rows), { dryRun: false });
  const found = await matchesOf(summary.batchId!);
  await discardBatch(db(), dinas, '53.16', summary.batchId!);
  return { fuzzy: summary.duplicates.fuzzy, found };
}

const sorted = (signals: readonly string[] | null) => (signals ? [...signals].sort() : null);

describe('fuzzy candidates', () => {
  it.each(CASES.map((c, i) => [i, c] as const))('in the file, case %i: the later row is flagged against the earlier one, or not', async (i, c) => {
    const { fuzzy, found } = await candidatesIn(`in-file-${i}`, [REGISTERED, c.row]);
    expect(fuzzy).toBe(c.candidate ? 1 : 0);
    // data rows start on row 2, under the header
    expect(found.map((m) => [m.row_no, m.other_row_no, sorted(m.signals)])).toEqual(c.candidate ? [[3, 2, sorted(c.candidate)]] : []);
  });

  it.each(CASES.map((c, i) => [i, c] as const))('against the registry, case %i: the row is flagged against the registered person, or not', async (i, c) => {
    if (!registeredId) {
      const { summary } = await stage(db(), dinas, written('registered', [REGISTERED]), { dryRun: false });
      await approveBatch(db(), checkerOf(), '53.16', summary.batchId!);
      registeredId = (await db().selectFrom('person').select('id').where('nik', '=', REGISTERED.slice(0, 16)).executeTakeFirstOrThrow()).id;
    }
    const { fuzzy, found } = await candidatesIn(`registry-${i}`, [c.row]);
    expect(fuzzy).toBe(c.candidate ? 1 : 0);
    expect(found.map((m) => [m.row_no, m.other_person_id, sorted(m.signals)])).toEqual(c.candidate ? [[2, registeredId, sorted(c.candidate)]] : []);
  });
});
