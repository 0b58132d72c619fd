/**
 * A worker in the registry: a person with one active membership. The registry is written only by an
 * approval, so this factory writes the two rows directly (fast, and tests are outside the ownership
 * rule). NIKs are valid for the regency (its code, a birth date, a sequence number).
 */
import type { Db } from '../../src/db/database';
import { nameInitials, nameKey } from '../../src/domain/person-name';
import type { WorkerGroup } from '../../src/domain/worker-group';

export interface WorkerSpec {
  name: string; nik: string; birthDate: string; sex: 'L' | 'P'; birthPlace: string | null; phone: string | null;
  group: WorkerGroup; opdId: number | null; villageCode: string | null; position: string | null; wage: number | null;
  startedOn: string;
}

let seq = 0;

/** `5316` + district `07` + birth day/month/year (+40 for women) + a 4-digit sequence. */
function nikFor(tenantCode: string, birthDate: string, sex: 'L' | 'P', n: number): string {
  const [y, m, d] = birthDate.split('-');
  const day = Number(d) + (sex === 'P' ? 40 : 0);
  return `${tenantCode.replace('.', '')}07${String(day).padStart(2, '0')}${m}${y!.slice(2)}${String(n).padStart(4, '0')}`;
}

export async function aWorker(db: Db, tenantCode: string, overrides: Partial<WorkerSpec> = {}): Promise<{ personId: number; membershipId: number; nik: string }> {
  const n = ++seq;
  const base = { name: `Pekerja Uji ${n}`, birthDate: '1985-05-12', sex: 'L' as const, birthPlace: 'Mbay', phone: null, group: 'non-asn' as const,
    opdId: null, villageCode: null, position: 'Staf', wage: 2_455_898, startedOn: '2025-01-01' };
  const w = { ...base, ...overrides };
  const nik = w.nik ?? nikFor(tenantCode, w.birthDate, w.sex, n);
  const key = nameKey(w.name);
  const person = await db.insertInto('person').values({
    tenant_code: tenantCode, nik, name: w.name, name_key: key, name_initials: nameInitials(key), birth_place: w.birthPlace,
    birth_date: w.birthDate, sex: w.sex, mother_name: null, address: null, village_code: w.villageCode, phone: w.phone,
    merged_into: null, source_batch_id: null, source_row_no: null,
  }).returning('id').executeTakeFirstOrThrow();
  const membership = await db.insertInto('membership').values({
    tenant_code: tenantCode, person_id: person.id, worker_group: w.group, opd_id: w.group === 'non-asn' ? w.opdId : null,
    position: w.position, wage: w.group === 'non-asn' ? w.wage : null, employment_start: null, occupation: null,
    village_code: w.group === 'rentan' ? w.villageCode : null, declared_income: w.group === 'rentan' ? 1_000_000 : null,
    welfare_decile: null, started_on: w.startedOn, ended_on: null, source_batch_id: null,
  }).returning('id').executeTakeFirstOrThrow();
  return { personId: Number(person.id), membershipId: Number(membership.id), nik };
}
