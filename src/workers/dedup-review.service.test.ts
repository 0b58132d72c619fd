/**
 * The review queue shows an officer what tells one human from two namesakes: each record's birth place,
 * village (by name), address and memberships (group, OPD, position) — with NIKs masked, and an OPD
 * operator confined to pairs whose both records lie in its OPD.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliContext, type RequestContext } from '../auth/actor';
import { seedDemo } from '../demo/demo.service';
import { approveBatch } from '../imports/imports.service';
import { useTestDb } from '../../test/support/db';
import { checkerOf, contextOf, stage, tempDir, TENANT } from '../../test/support/imports';
import { listDedupReviews } from './dedup-review.service';

const db = useTestDb();
let dir: string;
let dinas: RequestContext;

beforeAll(async () => {
  await seedDemo(db(), cliContext(), { participants: false });
  dinas = await contextOf(db(), 'dinas');
  dir = tempDir();
  // Yohanis in the second row is Yohanes re-typed: same birth date and place, another OPD
  const file = path.join(dir, 'pair.csv');
  fs.writeFileSync(file, [
    'NIK;Nama;Tempat Lahir;Tgl Lahir;JK;Unit Kerja;Jabatan;Gaji;No HP;Alamat',
    '5316071205850001;Yohanes Ndona;Mbay;12/05/1985;L;Dinas Kesehatan;Perawat;2455898;081234567890;Jl. Gajah Mada 1',
    '5316071205850002;Yohanis Ndona;Mbay;12/05/1985;L;Dinas Pendidikan, Kepemudaan dan Olahraga;Guru Honorer;2455898;;',
    // a pair inside one OPD (education): Maria typed twice with two NIKs
    '5316075003900001;Maria Goreti Wea;Boawae;10/03/1990;P;Dinas Pendidikan, Kepemudaan dan Olahraga;Guru Honorer;2455898;;',
    '5316075003900002;Maria Goreti Wea;Boawae;10/03/1990;P;Dinas Pendidikan, Kepemudaan dan Olahraga;Guru Honorer;2455898;;',
  ].join('\n'));
  const { summary } = await stage(db(), dinas, file, { dryRun: false });
  expect(summary).toMatchObject({ rows: 4, accepted: 4, duplicates: { fuzzy: 2 } });
  await approveBatch(db(), checkerOf(), TENANT, summary.batchId!);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the dedup review queue', () => {
  it('shows both records with birth place, address and where each works', async () => {
    const { items } = await listDedupReviews(db(), dinas, TENANT, { status: 'pending', limit: 10, offset: 0 });
    expect(items).toHaveLength(2);
    const pair = items.find((r) => r.person.name.startsWith('Yoh'))!;
    const sides = [pair.person, pair.other].sort((a, b) => a.id - b.id);
    expect(sides.map((s) => [s.name, s.birthPlace, s.address])).toEqual([['Yohanes Ndona', 'Mbay', 'Jl. Gajah Mada 1'], ['Yohanis Ndona', 'Mbay', null]]);
    expect(sides.map((s) => s.memberships.map((m) => [m.group, m.opdName, m.position, m.status]))).toEqual([
      [['non-asn', 'Dinas Kesehatan', 'Perawat', 'active']],
      [['non-asn', 'Dinas Pendidikan, Kepemudaan dan Olahraga', 'Guru Honorer', 'active']],
    ]);
    expect(sides[0]!.phone).toBe('081234567890'); // the dinas holds nik:full
  });

  it('shows an OPD operator only pairs wholly inside its OPD, NIKs masked', async () => {
    const opd = await contextOf(db(), 'opd'); // the demo's operator of the education office
    const { items } = await listDedupReviews(db(), opd, TENANT, { limit: 10, offset: 0 });
    // Yohanes/Yohanis reaches into the health office: not this operator's to see
    expect(items.map((r) => [r.person.name, r.other.name])).toEqual([['Maria Goreti Wea', 'Maria Goreti Wea']]);
    for (const side of [items[0]!.person, items[0]!.other]) expect(side.nik).toMatch(/^5316\*{8}\d{4}$/);
    const other = await db().selectFrom('opd').select('id').where('tenant_code', '=', TENANT).where('name', '=', 'Dinas Sosial').executeTakeFirstOrThrow();
    const outsider: RequestContext = { ...opd, actor: { ...opd.actor, opdId: other.id } };
    expect((await listDedupReviews(db(), outsider, TENANT, { limit: 10, offset: 0 })).items).toHaveLength(0);
  });
});
