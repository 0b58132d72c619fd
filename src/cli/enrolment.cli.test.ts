/**
 * The enrolment CLI contract (issue #11 §7) as a user runs it: a real process against a real database
 * with the demo's 2025 enrolment. Each command once, checking the exact JSON keys and exit codes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliContext } from '../auth/actor';
import { seedDemo } from '../demo/demo.service';
import { approveBatch } from '../imports/imports.service';
import { runLindung } from '../../test/support/cli';
import { createTestDb, type TestDb } from '../../test/support/db';
import { rentanFile, testNik } from '../../test/support/enrolment';
import { checkerOf, contextOf, stage } from '../../test/support/imports';

let t: TestDb;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lindung-enrol-cli-'));
const NEW = { nik: testNik(7), name: 'Pengganti Konsol', decile: 1 };
const ITEM_KEYS = ['id', 'nik', 'name', 'status', 'kpj', 'agreementId', 'groupId', 'groupName', 'coverageFrom', 'coverageTo'];

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, cliContext());
  const staged = await stage(t.db, await contextOf(t.db, 'dinas'), rentanFile(dir, [NEW]), { group: 'rentan' });
  await approveBatch(t.db, checkerOf(), '53.16', staged.summary.batchId!);
}, 120_000);
afterAll(() => t.drop());

const lindung = async (...args: string[]) => {
  const r = await runLindung(t.url, [...args, '--json']);
  return { code: r.code, json: r.stdout ? JSON.parse(r.stdout) : null, stderr: r.stderr };
};

describe('lindung participants / enrolment (--json contract)', () => {
  it('lists, ends, enrols the replacement, exports, takes the answer and shows the history', async () => {
    const pks = (await t.db.selectFrom('agreement').select('id').where('kind', '=', 'pks').executeTakeFirstOrThrow()).id;
    const rentan = (await t.db.selectFrom('agreement_group').select('id').where('scheme', '=', 'bpu').executeTakeFirstOrThrow()).id;

    const list = await lindung('participants', 'list', '--tenant', '53.16', '--agreement', String(pks), '--group', String(rentan), '--limit', '2');
    expect(list.code).toBe(0);
    expect(Object.keys(list.json)).toEqual(['total', 'items']);
    // rows, not heads: the 3,034 of January and the replacement of the participant who died on 2025-08-01
    expect(list.json.total).toBe(3035);
    expect(Object.keys(list.json.items[0])).toEqual(ITEM_KEYS);
    expect(list.json.items[0]).toMatchObject({ status: 'berakhir', coverageTo: '2025-08-01' });
    expect(list.json.items[1].nik).toMatch(/^\d{16}$/); // the console sees full NIKs

    const ended = await lindung('participants', 'end', '--tenant', '53.16', '--nik', list.json.items[1].nik, '--on', '2025-11-30', '--reason', 'meninggal');
    expect(ended.code).toBe(0);
    expect(Object.keys(ended.json)).toEqual(ITEM_KEYS);
    expect(ended.json).toMatchObject({ status: 'berakhir', coverageTo: '2025-11-30' });

    const enrolled = await lindung('enrolment', 'enrol', '--tenant', '53.16', '--agreement', String(pks), '--group', String(rentan), '--from', '2025-12-01');
    expect(enrolled.code).toBe(0);
    expect(enrolled.json).toEqual({ enrolled: 1, waitlisted: 0, groups: [{ groupId: rentan, quota: 3034, active: 3034, free: 0 }] });

    const out = path.join(dir, 'pendaftaran.xlsx');
    const exported = await lindung('enrolment', 'export', '--tenant', '53.16', '--agreement', String(pks), '--out', out);
    expect(exported.code).toBe(0);
    expect(exported.json).toEqual({ batchId: expect.any(Number), participants: 1, file: out, template: 'sipp-kolektif@1' });
    expect(fs.statSync(out).size).toBeGreaterThan(1000);

    const answerFile = path.join(dir, 'jawaban.csv');
    fs.writeFileSync(answerFile, `NO_IDENTITAS;NO_KPJ;TANGGAL_KEPESERTAAN;STATUS;ALASAN\n${NEW.nik};26000000007;01-12-2025;Diterima;\n${testNik(8)};26000000008;01-12-2025;Diterima;\n`);
    const answered = await lindung('enrolment', 'answer', answerFile, '--tenant', '53.16');
    expect(answered.code).toBe(0);
    expect(answered.json).toEqual({ rows: 2, activated: 1, refused: 0, unmatched: 1, invalid: 0, duplicates: 0, errorsFile: path.join(dir, 'jawaban-tidak-diterapkan.xlsx') });
    expect(fs.existsSync(answered.json.errorsFile)).toBe(true);

    const shown = await lindung('participants', 'show', '--tenant', '53.16', '--nik', NEW.nik);
    expect(shown.code).toBe(0);
    expect(Object.keys(shown.json)).toEqual([...ITEM_KEYS, 'history']);
    expect(shown.json).toMatchObject({ kpj: '26000000007', coverageFrom: '2025-12-01' });
    expect(shown.json.history.map((h: { action: string }) => h.action)).toEqual(['enrol', 'submit', 'activate']);
  }, 180_000);

  it('answers bad input with exit 1 and a usage error with exit 2', async () => {
    const bad = await lindung('participants', 'end', '--tenant', '53.16', '--nik', testNik(7), '--on', '2025-12-05', '--reason', 'bosan');
    expect(bad.code).toBe(1);
    expect(bad.json.error).toMatchObject({ code: 'VALIDATION', field: 'reason' });
    const usage = await runLindung(t.url, ['enrolment', 'enrol', '--json']);
    expect(usage.code).toBe(2);
  }, 60_000);
});
