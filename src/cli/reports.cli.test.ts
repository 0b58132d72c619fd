/**
 * `lindung reports coverage|budget` and `lindung reference import` as a user runs them: the exact JSON of
 * the contract (issue #14 §8), exit 0 ok / 1 invalid input.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliContext } from '../auth/actor';
import { seedDemo } from '../demo/demo.service';
import { runLindung } from '../../test/support/cli';
import { createTestDb, type TestDb } from '../../test/support/db';

let t: TestDb;
beforeAll(async () => { t = await createTestDb(); await seedDemo(t.db, cliContext(), { participants: true }); }, 180_000);
afterAll(() => t.drop());

async function lindung(...args: string[]) {
  const { code, stdout } = await runLindung(t.url, [...args, '--json']);
  return { code, json: stdout ? JSON.parse(stdout) : null };
}

describe('lindung reports', { timeout: 180_000 }, () => {
  it('coverage of NTT in 2025: exactly the contract\'s keys, every regency and city', async () => {
    const r = await lindung('reports', 'coverage', '--region', '53', '--year', '2025');
    expect(r.code).toBe(0);
    expect(Object.keys(r.json)).toEqual(['region', 'level', 'rows', 'total']);
    expect(r.json).toMatchObject({ region: '53', level: 'province', total: { participants: 9345, nonAsn: 6311, rentan: 3034, employed: 2750000 } });
    expect(r.json.rows).toHaveLength(22);
    expect(Object.keys(r.json.rows[0])).toEqual(['code', 'name', 'participants', 'nonAsn', 'rentan', 'employed', 'ucj']);
    expect(r.json.rows.find((x: { code: string }) => x.code === '53.16')).toMatchObject({ participants: 9345, employed: 93450, ucj: 10 });
  });

  it('budget of Nagekeo 2025: billed Rp 1,505,897,856 against Rp 1,500,000,000', async () => {
    const r = await lindung('reports', 'budget', '--tenant', '53.16', '--year', '2025');
    expect(r.code).toBe(0);
    expect(Object.keys(r.json)).toEqual(['budget', 'billed', 'paid', 'outstanding', 'lateFees', 'runsOutIn']);
    expect(r.json).toMatchObject({ budget: 1_500_000_000, billed: 1_505_897_856, paid: 1_500_000_000, outstanding: 5_897_856 });
    expect((await lindung('reports', 'coverage', '--year', '25')).json).toMatchObject({ error: { code: 'REPORT_YEAR' } });
  });

  it('reference import accounts for every row and exits 1 when one is invalid', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lindung-ref-cli-')), 'target.csv');
    fs.writeFileSync(file, 'kode_wilayah;tahun;target_ucj;sumber\n53.10;2025;30;Kemendagri (contoh)\n53.10;2025;abc;Kemendagri\n');
    const r = await lindung('reference', 'import', 'ucj-target', file);
    expect(r).toMatchObject({ code: 1, json: { kind: 'ucj-target', rows: 2, inserted: 1, invalid: 1 } });
  });
});
