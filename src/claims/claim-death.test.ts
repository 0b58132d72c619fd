/**
 * A death ends the participation (issue #13 §11): filing a `jkk-death` or `jkm` claim for a participation
 * running that day ends it on the incident date with reason `meninggal` (covered through it), in the claim's
 * transaction, with its history row and audit entry; filing again changes nothing; a death outside the
 * participation or another claim type leaves it alone. The scholarship's children then come from the heirs
 * recorded on the death claim (§1): at most two, none aged 23 or more on the incident date, married or working.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { dinasOf, NAGEKEO } from '../../test/factories';
import { useTestDb } from '../../test/support/db';
import { aCoveredYear, type CoveredYear } from '../../test/support/claims';
import { formatNik } from '../domain/nik';
import { addClaimHeir } from './claim-heirs.service';
import { fileClaim } from './claim-file.service';

const getDb = useTestDb();
let year: CoveredYear;
const MONTHS = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
beforeAll(async () => { year = await aCoveredYear(getDb(), MONTHS); });

const file = (nik: string, type: string, incidentDate: string, today = '2025-12-31', extra: object = {}) =>
  fileClaim(getDb(), dinasOf(), NAGEKEO, { nik, type, incidentDate, ...extra }, today);
const participation = (id: number) => getDb().selectFrom('participation')
  .select(['status', 'ended_on', 'end_reason', 'coverage_to', 'updated_at']).where('id', '=', id).executeTakeFirstOrThrow();
const endHistory = (id: number) => getDb().selectFrom('participation_history').select(['action', 'to_status', 'changes'])
  .where('participation_id', '=', id).where('action', '=', 'end').execute();

describe('a death claim ends the participation', () => {
  it('a JKK death on 2025-06-10 ends it that day (meninggal), audited, and the claim says the slot is free from the 11th', async () => {
    const c = await file(year.nonAsn.nik, 'jkk-death', '2025-06-10', '2025-06-11');
    expect(c.eligible).toBe(true);
    expect(await participation(year.nonAsn.participationId)).toMatchObject({ status: 'berakhir', ended_on: '2025-06-10', end_reason: 'meninggal', coverage_to: '2025-06-10' });
    const history = await endHistory(year.nonAsn.participationId);
    expect(history).toHaveLength(1);
    expect(history[0]!.changes).toMatchObject({ endedOn: '2025-06-10', reason: 'meninggal', claimNumber: c.number });
    const audit = await getDb().selectFrom('audit_log').select(['action', 'details']).where('action', '=', 'participation.end')
      .where('entity_id', '=', String(year.nonAsn.participationId)).execute();
    expect(audit.map((a) => a.details)).toEqual([expect.objectContaining({ on: '2025-06-10', reason: 'meninggal', claimNumber: c.number })]);
    expect(c.participation).toEqual({
      participationId: year.nonAsn.participationId, status: 'berakhir', endedOn: '2025-06-10', endReason: 'meninggal',
      agreementId: year.agreementId, groupId: expect.any(Number), slotFreeFrom: '2025-06-11', replacement: null,
    });
  });

  it('filing the death again changes nothing (the claim answered, the participation untouched)', async () => {
    const before = await participation(year.nonAsn.participationId);
    await file(year.nonAsn.nik, 'jkk-death', '2025-06-10');
    expect(await participation(year.nonAsn.participationId)).toEqual(before);
    expect(await endHistory(year.nonAsn.participationId)).toHaveLength(1);
  });

  it('a death before the coverage, or a claim that is no death, leaves the participation running', async () => {
    const early = await file(year.rentan.nik, 'jkm', '2024-12-15');
    expect(early.eligible).toBe(false);
    await file(year.rentan.nik, 'jkk-stmb', '2025-03-03', '2025-12-31', { months: 1 });
    expect(await participation(year.rentan.participationId)).toMatchObject({ status: 'aktif', ended_on: null, end_reason: null, coverage_to: '2025-12-31' });
    expect(await endHistory(year.rentan.participationId)).toEqual([]);
  });
});

describe('the scholarship counts the children recorded as heirs', () => {
  const nik = (birthDate: string, sex: 'L' | 'P', serial: string) => formatNik({ districtCode: '53.16.01', birthDate, sex, serial });
  const CHILDREN = [
    { name: 'Yuliana', birthDate: '2002-06-11', sex: 'P', schoolLevel: 's1' }, // 22 on 2025-06-10
    { name: 'Petrus', birthDate: '2002-06-10', sex: 'L', schoolLevel: 's1' }, // turns 23 that day
    { name: 'Agnes', birthDate: '2006-02-02', sex: 'P', schoolLevel: 'sma', married: true },
    { name: 'Paulus', birthDate: '2007-03-03', sex: 'L', schoolLevel: 'sma', working: true },
    { name: 'Maria', birthDate: '2014-04-04', sex: 'P', schoolLevel: 'sd' },
    { name: 'Yosef', birthDate: '2016-05-05', sex: 'L', schoolLevel: 'sd' }, // a third eligible child: not counted
  ] as const;

  it('after a JKK death: the two oldest eligible children, by name, whatever --children says', async () => {
    const death = await file(year.nonAsn.nik, 'jkk-death', '2025-06-10');
    for (const [i, c] of CHILDREN.entries()) {
      await addClaimHeir(getDb(), dinasOf(), NAGEKEO, death.claimId, { ...c, relation: 'anak', nik: nik(c.birthDate, c.sex, `03${i}1`) });
    }
    const s = await file(year.nonAsn.nik, 'beasiswa', '2025-06-10', '2025-12-31', { children: 1 });
    expect(s.eligible).toBe(true);
    expect(s.benefit.lines.map((l) => [l.code, l.amount, l.label.split(' — ')[1]])).toEqual([['beasiswa-s1', 12_000_000, 'Yuliana'], ['beasiswa-sd', 1_500_000, 'Maria']]);
    expect(s.reasons).toEqual(['SCHOLARSHIP_MAX_CHILDREN', 'SCHOLARSHIP_CHILD_NOT_ELIGIBLE']);
    expect(s.reasonTexts[1]!.message).toContain('23');

    // a child recorded later on the scholarship claim itself: computed again at once (older than Maria, so counted)
    await addClaimHeir(getDb(), dinasOf(), NAGEKEO, s.claimId, { name: 'Klara', relation: 'anak', nik: nik('2012-07-07', 'P', '0391'), birthDate: '2012-07-07', schoolLevel: 'smp' });
    const row = await getDb().selectFrom('claim').select(['benefit_total', 'eligible']).where('id', '=', s.claimId).executeTakeFirstOrThrow();
    expect(row).toEqual({ benefit_total: 14_000_000, eligible: true });
  });
});
