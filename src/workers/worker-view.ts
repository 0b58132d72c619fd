/**
 * How a registered person is shown — the one field policy for the detail, search, history, reviews and
 * exports: NIK masked ("5316********0001") unless the caller holds `nik:full` AND asked to reveal it
 * (each reveal is audit-logged by the service); for roles without `nik:full` masked down to the regency
 * ("5316************") and their phone, mother's name and NIK hidden wherever they appear, old values in
 * the history included (UU PDP: personal data only to those who need it). Money stays integer rupiah.
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
  return { nik: full ? p.nik : maskNik(p.nik, mayReveal(actor) ? 'ends' : 'regency'), nikMasked: !full, phone: mayReveal(actor) ? p.phone : null };
}

/** Person fields (as history records name them) only roles with `nik:full` see. */
const RESTRICTED_FIELDS = new Set(['nik', 'phone', 'mother_name', 'motherName']);

/** A history entry's changes as `actor` may see them: restricted fields keep their name, lose their values. */
export function visibleChanges(actor: Actor, changes: Record<string, unknown>): Record<string, unknown> {
  if (mayReveal(actor)) return changes;
  return Object.fromEntries(Object.entries(changes).map(([field, change]) =>
    RESTRICTED_FIELDS.has(field) ? [field, { from: null, to: null, hidden: true }] : [field, change]));
}
