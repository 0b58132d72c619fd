/**
 * How a participation is shown: the registry identity (name) and the PKS labels joined to the row, the
 * status as of today (domain/participation.ts), the NIK masked unless the caller may and asked to see it.
 */
import type { Actor } from '../auth/actor';
import { hasPermission } from '../auth/roles';
import type { GroupTerms } from '../agreements/agreement-groups.service';
import { maskNik } from '../domain/nik';
import { statusOn } from '../domain/participation';
import type { ParticipationRow } from './participation.repository';

export interface Labels { names: Map<number, { name: string }>; groups: Map<number, GroupTerms>; today: string }

export function toParticipant(row: ParticipationRow, labels: Labels, actor: Actor, revealNik: boolean) {
  const shown = statusOn({ status: row.status, coverageFrom: row.coverage_from, coverageTo: row.coverage_to, endedOn: row.ended_on, endReason: row.end_reason }, labels.today);
  const group = labels.groups.get(row.group_id);
  const full = revealNik && hasPermission(actor.role, 'nik:full');
  return {
    id: row.id, personId: row.person_id, nik: full ? row.nik : maskNik(row.nik), nikMasked: !full,
    name: labels.names.get(row.person_id)?.name ?? '', status: shown.status, storedStatus: row.status, endReason: shown.endReason,
    kpj: row.kpj, agreementId: row.agreement_id, agreementNumber: group?.agreementNumber ?? '', groupId: row.group_id, groupName: group?.groupName ?? '',
    workerGroup: row.worker_group, opdId: row.opd_id, villageCode: row.village_code, programmes: row.programmes,
    startsOn: row.starts_on, coverageFrom: row.coverage_from, coverageTo: row.coverage_to, endedOn: row.ended_on,
    refusalReason: row.refusal_reason, batchId: row.batch_id, replacesId: row.replaces_id, example: row.example,
  };
}

export type Participant = ReturnType<typeof toParticipant>;
