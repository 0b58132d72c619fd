/**
 * How a registered person is shown: NIK masked ("5316********0001") unless the caller holds `nik:full`
 * AND asked to reveal it (each reveal is audit-logged by the service); phone hidden from roles without
 * `nik:full` (UU PDP: personal data only to those who need it). Money stays integer rupiah.
 */
import type { WorkerGroup } from '../domain/worker-group';
import type { Actor } from '../auth/actor';
import { hasPermission } from '../auth/roles';
import { maskNik } from '../domain/nik';

export interface MembershipRow {
  id: number; person_id: number; worker_group: WorkerGroup; status: 'active' | 'ended'; opd_id: number | null; opd_name: string | null;
  position: string | null; wage: number | null; employment_start: string | null; occupation: string | null; village_code: string | null;
  village_name: string | null; declared_income: number | null; welfare_decile: number | null; started_on: string; ended_on: string | null;
  source_batch_id: number | null;
}

export const toMembershipView = (m: MembershipRow) => ({
  id: m.id, group: m.worker_group, status: m.status, opdId: m.opd_id, opdName: m.opd_name, position: m.position, wage: m.wage,
  employmentStart: m.employment_start, occupation: m.occupation, villageCode: m.village_code, villageName: m.village_name,
  declaredIncome: m.declared_income, welfareDecile: m.welfare_decile, startedOn: m.started_on, endedOn: m.ended_on, batchId: m.source_batch_id,
});

export const mayReveal = (actor: Actor) => hasPermission(actor.role, 'nik:full');

export function personIdentity(actor: Actor, p: { nik: string; phone: string | null }, reveal: boolean) {
  const full = reveal && mayReveal(actor);
  return { nik: full ? p.nik : maskNik(p.nik), nikMasked: !full, phone: mayReveal(actor) ? p.phone : null };
}
