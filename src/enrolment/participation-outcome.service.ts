/**
 * What other capabilities show about a participation's end and its slot (claims, issue #13 §11): whether it
 * ended, when and why, from which day its slot is free, and who took it (`replaces_id`); and the names of
 * the persons behind participations (the claims list). No actor: the caller authorised and scoped the
 * claim it shows; these are the participations that claim names.
 */
import type { Db } from '../db/database';
import type { EndReason, ParticipationStatus } from '../db/schema';
import { dayAfter } from '../domain/participation';
import { personIdentities } from '../workers/participant-source.service';
import * as lifecycle from './lifecycle.repository';
import * as repo from './participation.repository';

export interface ParticipationOutcome {
  participationId: number; status: ParticipationStatus; endedOn: string | null; endReason: EndReason | null;
  agreementId: number; groupId: number;
  /** the day a replacement may start (the day after the end), null while it runs */
  slotFreeFrom: string | null;
  replacement: { participationId: number; name: string; startsOn: string; status: ParticipationStatus } | null;
}

export async function participationOutcome(db: Db, tenantCode: string, id: number): Promise<ParticipationOutcome | null> {
  const row = await repo.findParticipation(db, tenantCode, id);
  if (!row) return null;
  const ended = row.status === 'berakhir' && row.ended_on !== null;
  const [next] = ended ? await lifecycle.replacementsOf(db, tenantCode, [id]) : [];
  const names = next ? await personIdentities(db, tenantCode, [next.person_id]) : new Map();
  return {
    participationId: id, status: row.status, endedOn: row.ended_on, endReason: row.end_reason, agreementId: row.agreement_id, groupId: row.group_id,
    slotFreeFrom: ended ? dayAfter(row.ended_on as string) : null,
    replacement: next ? { participationId: next.id, name: names.get(next.person_id)?.name ?? '', startsOn: next.starts_on, status: next.status } : null,
  };
}

/** The registry name of the person of each participation (two set-based reads). */
export async function participantNames(db: Db, tenantCode: string, participationIds: number[]): Promise<Map<number, string>> {
  if (!participationIds.length) return new Map();
  const rows = await lifecycle.personIdsOf(db, tenantCode, participationIds);
  const people = await personIdentities(db, tenantCode, rows.map((r) => r.person_id));
  return new Map(rows.map((r) => [r.id, people.get(r.person_id)?.name ?? '']));
}
