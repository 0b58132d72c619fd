/**
 * The assignment and lifecycle rules on a real database, table-driven where they are a table: quota
 * (refused with quota/active/asked), waitlist order by welfare decile, a replacement only from the day
 * after an end, non-ASN → PU and rentan → BPU, one active participation per NIK across regencies
 * (refused naming the other regency), and the transitions an end may make.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cliContext } from '../auth/actor';
import { seedDemo } from '../demo/demo.service';
import { DomainError } from '../domain/errors';
import { listRegions } from '../regions/regions.service';
import { createTenant } from '../tenants/tenants.service';
import { useTestDb } from '../../test/support/db';
import { dinasCtx, register, smallPks, testNik } from '../../test/support/enrolment';
import { enrol, groupCounts, waitlist } from './enrolment-assign.service';
import { endParticipation } from './enrolment-lifecycle.service';
import { getParticipant } from './enrolment.service';

const db = useTestDb();
const T = '53.16';
const ctx = dinasCtx(T);
const TODAY = '2026-06-30';
let pks: Awaited<ReturnType<typeof smallPks>>;
let people: Map<string, number>;
// four rentan (deciles 3, 1, 2, 1) and one non-ASN
const R = [3, 1, 2, 1].map((decile, i) => ({ nik: testNik(i + 1), name: `Rentan Contoh ${i + 1}`, rentan: true, decile }));
const N = { nik: testNik(9), name: 'Honorer Contoh', rentan: false };

async function refusal(p: Promise<unknown>) {
  try { await p; } catch (e) { if (e instanceof DomainError) return { code: e.code, ...e.details }; throw e; }
  throw new Error('expected a refusal');
}

beforeAll(async () => {
  await seedDemo(db(), cliContext(), { participants: false });
  pks = await smallPks(db(), T, { pu: 1, bpu: 2 });
  people = await register(db(), T, [...R, N]);
});

describe('assignment within quota', () => {
  it('enrols up to the free quota in waitlist order (poorest decile first) and keeps the rest waiting', async () => {
    const r = await enrol(db(), ctx, T, { agreementId: pks.agreementId, groupId: pks.bpuGroup, from: '2026-01-01' }, TODAY);
    expect(r).toMatchObject({ enrolled: 2, waitlisted: 2, groups: [{ groupId: pks.bpuGroup, quota: 2, active: 2, free: 0 }] });
    const enrolled = await Promise.all(r.participationIds.map((id) => getParticipant(db(), ctx, T, id, TODAY, true)));
    // deciles 1 and 1 go first (R[1], R[3]); then decile 2 (R[2]) waits ahead of decile 3 (R[0])
    expect(enrolled.map((p) => p.nik).sort()).toEqual([R[1]!.nik, R[3]!.nik].sort());
    const w = await waitlist(db(), ctx, T, { agreementId: pks.agreementId, groupId: pks.bpuGroup, limit: 10, offset: 0 }, TODAY);
    expect(w.items.map((i) => i.personId)).toEqual([people.get(R[2]!.nik), people.get(R[0]!.nik)]);
  });

  it.each([
    // [case, group, persons, error code, details]
    ['beyond the quota: refused with the numbers', 'bpu', [0], 'ENROL_QUOTA_EXCEEDED', { quota: 2, active: 2, asked: 1 }],
    ['a rentan into the PU group: not a fitting member', 'pu', [0], 'ENROL_NOT_MEMBER', {}],
    ['someone already enrolled in the period', 'bpu', [1], 'ENROL_ALREADY_PARTICIPANT', {}],
  ] as const)('%s', async (_case, group, who, code, details) => {
    const personIds = who.map((i) => people.get(R[i]!.nik)!);
    const e = await refusal(enrol(db(), ctx, T, { agreementId: pks.agreementId, groupId: group === 'pu' ? pks.puGroup : pks.bpuGroup, from: '2026-01-01', personIds }, TODAY));
    expect(e).toMatchObject({ code, ...details });
  });

  it('refuses a start date outside the PKS period', async () => {
    expect(await refusal(enrol(db(), ctx, T, { agreementId: pks.agreementId, from: '2025-12-31' }, TODAY))).toMatchObject({ code: 'ENROL_DATE_OUTSIDE_PKS' });
  });

  it('a slot freed by an end is free only from the next day, and the replacement records whom it replaces', async () => {
    const [first] = (await enrol(db(), ctx, T, { agreementId: pks.agreementId, groupId: pks.puGroup, from: '2026-01-01' }, TODAY)).participationIds;
    expect(first).toBeDefined();
    const ended = await getParticipant(db(), ctx, T, (await groupParticipant(pks.bpuGroup))!, TODAY);
    await endParticipation(db(), ctx, T, ended.id, { on: '2026-03-31', reason: 'berhenti' }, TODAY);
    const sameDay = await enrol(db(), ctx, T, { agreementId: pks.agreementId, groupId: pks.bpuGroup, from: '2026-03-31' }, TODAY);
    expect(sameDay.enrolled).toBe(0);
    const next = await enrol(db(), ctx, T, { agreementId: pks.agreementId, groupId: pks.bpuGroup, from: '2026-04-01' }, TODAY);
    expect(next).toMatchObject({ enrolled: 1, waitlisted: 1 });
    const replacement = await getParticipant(db(), ctx, T, next.participationIds[0]!, TODAY, true);
    expect(replacement).toMatchObject({ nik: R[2]!.nik, replacesId: ended.id, startsOn: '2026-04-01', status: 'calon' });
    // the ended participant is not proposed again for this PKS
    const counts = await groupCounts(db(), ctx, T, pks.agreementId, TODAY);
    expect(counts.groups.find((g) => g.groupId === pks.bpuGroup)).toMatchObject({ quota: 2, active: 2, waiting: 1, free: 0 });
  });
});

async function groupParticipant(groupId: number) {
  const row = await db().selectFrom('participation').select('id').where('group_id', '=', groupId).where('status', '=', 'calon').orderBy('id').executeTakeFirst();
  return row?.id;
}

describe('ending a participation', () => {
  it.each([
    ['before its start', { on: '2025-12-31', reason: 'pindah' }, 'PARTICIPATION_END_BEFORE_START'],
    ['after its coverage', { on: '2027-01-01', reason: 'pindah' }, 'ENROL_DATE_OUTSIDE_PKS'],
  ] as const)('refuses an end %s', async (_case, req, code) => {
    const id = (await groupParticipant(pks.puGroup))!;
    expect(await refusal(endParticipation(db(), ctx, T, id, req, TODAY))).toMatchObject({ code });
  });

  it('is idempotent with the same date and reason, and refuses a different second end', async () => {
    const id = (await groupParticipant(pks.puGroup))!;
    const once = await endParticipation(db(), ctx, T, id, { on: '2026-05-31', reason: 'meninggal' }, TODAY);
    const twice = await endParticipation(db(), ctx, T, id, { on: '2026-05-31', reason: 'meninggal' }, TODAY);
    expect(twice.history.filter((h) => h.action === 'end')).toHaveLength(1);
    expect(once).toMatchObject({ storedStatus: 'berakhir', status: 'berakhir', endReason: 'meninggal', coverageTo: '2026-05-31' });
    expect(await refusal(endParticipation(db(), ctx, T, id, { on: '2026-04-30', reason: 'pindah' }, TODAY))).toMatchObject({ code: 'PARTICIPATION_TRANSITION' });
  });
});

describe('one active participation per NIK across regencies', () => {
  it('refuses a person enrolled in Nagekeo when Ende enrols them, naming Nagekeo', async () => {
    const ende = '53.08';
    await createTenant(db(), cliContext(), ende);
    const district = (await listRegions(db(), ende))[0]!;
    const village = (await listRegions(db(), district.code))[0]!.code;
    const endePks = await smallPks(db(), ende, { pu: 0, bpu: 5 });
    // R[1] is enrolled in Nagekeo for 2026; Ende registers the same NIK
    const same = await register(db(), ende, [{ ...R[1]!, village }]);
    const picked = await refusal(enrol(db(), dinasCtx(ende), ende, { agreementId: endePks.agreementId, groupId: endePks.bpuGroup, from: '2026-02-01', personIds: [same.get(R[1]!.nik)!] }, TODAY));
    expect(picked).toMatchObject({ code: 'ENROL_ACTIVE_ELSEWHERE', regencyCode: '53.16' });
    expect(String((picked as unknown as { regency: string }).regency).toUpperCase()).toContain('NAGEKEO');
    // a bulk proposal leaves them out and says why
    const bulk = await enrol(db(), dinasCtx(ende), ende, { agreementId: endePks.agreementId, groupId: endePks.bpuGroup, from: '2026-02-01' }, TODAY);
    expect(bulk.enrolled).toBe(0);
    expect(bulk.refused).toEqual([expect.objectContaining({ regencyCode: '53.16', personId: same.get(R[1]!.nik) })]);
  });
});
