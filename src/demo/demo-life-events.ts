/**
 * The demo year's deaths and their replacements (issue #13 §11), seeded before the bills because bills are
 * issued once: the non-ASN of the PU group's first slot dies in a work accident on 2025-06-10, the pekerja
 * rentan of the BPU group's first slot dies on 2025-08-01. Each participation ends that day (reason
 * `meninggal`, covered through it); a newly registered example person of the same OPD or village takes the
 * slot from the 1st of the next month, active with a KPJ. Whole-month billing bills the deceased for the
 * month of death and the replacement from the next month, so the year's bills and the 9,345 protected at
 * the end of 2025 stay as they were. The claims of these deaths are filed after billing (claims.demo.ts).
 * Idempotent; left out once the PKS has bills (ending afterwards would change bills already issued).
 */
import { listAgreements } from '../agreements/agreements.service';
import { groupTerms } from '../agreements/agreement-groups.service';
import type { RequestContext } from '../auth/actor';
import { billsOf } from '../billing/billing-facts.service';
import type { Db } from '../db/database';
import { formatNik } from '../domain/nik';
import { nameInitials, nameKey } from '../domain/person-name';
import { dayAfter } from '../domain/participation';
import { resolveWageBase } from '../domain/wage-base';
import { seedDemoReplacement } from '../enrolment/enrolment.demo';
import { endParticipation } from '../enrolment/enrolment-lifecycle.service';
import { listParticipants } from '../enrolment/enrolment.service';
import { getRuleBook } from '../regulation/rule-book.service';
import { seedDemoNewcomers } from '../workers/workers.demo';
import type { DemoPerson } from './demo-people';

interface DemoDeath { scheme: 'pu' | 'bpu'; pick: number; diedOn: string; replacementFrom: string; replacement: Omit<DemoPerson, 'nik' | 'nameKey' | 'nameInitials' | 'opdIndex' | 'villageCode'> & { district: string } }

/** Example people (synthetic; serial 09xx, above any serial the demo registry draws). */
export const DEMO_DEATHS: readonly DemoDeath[] = [
  { scheme: 'pu', pick: 0, diedOn: '2025-06-10', replacementFrom: '2025-07-01', replacement: {
    name: 'Yosef Meo Ndona', birthPlace: 'Mbay', birthDate: '1994-03-14', sex: 'L', phone: null, district: '53.16.01',
    position: 'Tenaga Kontrak', occupation: null, decile: null } },
  { scheme: 'bpu', pick: 0, diedOn: '2025-08-01', replacementFrom: '2025-09-01', replacement: {
    name: 'Maria Goreti Wea', birthPlace: 'Boawae', birthDate: '1988-11-02', sex: 'P', phone: null, district: '53.16.02',
    position: null, occupation: 'Petani', decile: 1 } },
];

function personOf(d: DemoDeath, deceased: { opdId: number | null; villageCode: string | null }): DemoPerson {
  const { district, ...r } = d.replacement;
  const key = nameKey(r.name);
  return {
    ...r, nik: formatNik({ districtCode: district, birthDate: r.birthDate, sex: r.sex, serial: '0901' }), nameKey: key, nameInitials: nameInitials(key),
    opdIndex: deceased.opdId === null ? null : 0, villageCode: deceased.villageCode,
  };
}

/** Ends the two deceased participations and enrols their replacements; answers the replacements enrolled. */
export async function seedDemoLifeEvents(db: Db, cli: RequestContext, tenantCode: string, pksNumber: string): Promise<{ workers: number; participants: number }> {
  const ctx: RequestContext = { ...cli, actor: { ...cli.actor, role: 'dinas', tenantCode } };
  const pks = (await listAgreements(db, ctx, tenantCode)).find((a) => a.number === pksNumber);
  if (!pks || (await billsOf(db, tenantCode, pks.id)).length > 0) return { workers: 0, participants: 0 };
  const groups = await groupTerms(db, tenantCode, { agreementId: pks.id });
  const pu = pks.groups.find((g) => g.scheme === 'pu');
  const wage = pu ? Number(resolveWageBase(pu.wage, await getRuleBook(db)).amount) : 0;
  let workers = 0;
  let participants = 0;
  for (const d of DEMO_DEATHS) {
    const group = groups.find((g) => g.scheme === d.scheme);
    if (!group) continue;
    const [p] = (await listParticipants(db, ctx, tenantCode, { agreementId: pks.id, groupId: group.groupId, limit: 1, offset: d.pick }, d.diedOn)).items;
    if (!p) continue;
    await endParticipation(db, ctx, tenantCode, p.id, { on: d.diedOn, reason: 'meninggal' }, dayAfter(d.diedOn));
    const person = personOf(d, p);
    const registered = await seedDemoNewcomers(db, tenantCode, [person], p.opdId === null ? [] : [p.opdId], wage, dayAfter(d.diedOn));
    workers += registered.created;
    const personId = registered.personIds.get(person.nik);
    if (personId !== undefined) participants += await seedDemoReplacement(db, ctx, tenantCode, pks.id, { groupId: group.groupId, personId, from: d.replacementFrom });
  }
  return { workers, participants };
}
