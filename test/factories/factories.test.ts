/**
 * The factories build a regency from nothing (no demo seed), and what they build is what the services
 * see: workers are found by the registry search and caught as duplicates by the next upload, and an
 * agreement's plan counts its groups. Written as a scenario, the way tests using them should read.
 */
import { describe, expect, it } from 'vitest';
import { cliContext } from '../../src/auth/actor';
import { getPlan } from '../../src/agreements/agreements.service';
import { searchWorkers } from '../../src/workers/workers.service';
import { useTestDb } from '../support/db';
import { aBatch, anAgreement, anOpd, aTenant, aVillage, aWorker, dinasOf, NAGEKEO } from './index';

const db = useTestDb();
const admin = cliContext();

describe('a regency built with factories', () => {
  it('has an OPD worker and a village worker the registry search finds', async () => {
    await aTenant(db());
    const health = await anOpd(db(), NAGEKEO, 'Dinas Kesehatan');
    const village = await aVillage(db(), NAGEKEO);
    await aWorker(db(), NAGEKEO, { name: 'Yohanes Ndona', opdId: health.id });
    await aWorker(db(), NAGEKEO, { name: 'Maria Wea', sex: 'P', group: 'rentan', villageCode: village.code });

    const found = await searchWorkers(db(), admin, NAGEKEO, { q: 'yohanes', limit: 10, offset: 0 });
    expect(found.items.map((w) => [w.name, w.memberships.map((m) => [m.group, m.opdName])])).toEqual([['Yohanes Ndona', [['non-asn', 'Dinas Kesehatan']]]]);
    const rentan = await searchWorkers(db(), admin, NAGEKEO, { group: 'rentan', limit: 10, offset: 0 });
    expect(rentan.items.map((w) => [w.name, w.villageCode])).toEqual([['Maria Wea', village.code]]);
  });

  it('refuses, in the next upload, a NIK the registry already holds', async () => {
    const opd = await anOpd(db(), NAGEKEO, 'Dinas Sosial');
    const { nik } = await aWorker(db(), NAGEKEO, { name: 'Petrus Dhae', opdId: opd.id });
    const { summary } = await aBatch(db(), dinasOf(), [
      { NIK: nik, Nama: 'Petrus Dhae', 'Tgl Lahir': '12/05/1985', JK: 'L', 'Unit Kerja': 'Dinas Sosial', Gaji: '2455898' },
      { NIK: '5316075003900001', Nama: 'Maria Goreti', 'Tgl Lahir': '10/03/1990', JK: 'P', 'Unit Kerja': 'Dinas Sosial', Gaji: '2455898' },
    ], { dryRun: false });
    expect(summary).toMatchObject({ rows: 2, accepted: 1, duplicates: { inRegistry: 1 } });
  });

  it('has a PKS whose plan counts both groups', async () => {
    const agreement = await anAgreement(db(), NAGEKEO);
    const plan = await getPlan(db(), admin, NAGEKEO, agreement.id);
    expect(plan.groups.map((g) => [g.name, g.headcount])).toEqual([['non-ASN', 100], ['rentan', 50]]);
  });
});
