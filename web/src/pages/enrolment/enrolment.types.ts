// Shapes of the enrolment API (src/enrolment, src/cards), named from the types generated from the server's
// OpenAPI document (web/src/api/schema.gen.ts) — never hand-written copies.
import type { BodyOf, ResponseOf } from '../../api/types';

type Base = '/api/v1/tenants/{code}';

export type Participant = ResponseOf<`${Base}/participants`, 'get'>['items'][number];
export type ParticipationStatus = Participant['status'];
export type EndReason = NonNullable<Participant['endReason']>;
export type EndBody = BodyOf<`${Base}/participants/{id}/end`, 'post'>;
export type EnrolBody = BodyOf<`${Base}/enrolment/enrol`, 'post'>;
export type EnrolResult = ResponseOf<`${Base}/enrolment/enrol`, 'post'>;
export type GroupCount = ResponseOf<`${Base}/agreements/{id}/enrolment-groups`, 'get'>['groups'][number];
export type EnrolmentBatch = ResponseOf<`${Base}/enrolment/batches`, 'get'>['items'][number];
export type AnswerResult = ResponseOf<`${Base}/enrolment/answers`, 'post'>;

// The reasons an operator may choose (`akhir-pks` is set by the PKS ending, not by hand).
export const END_REASONS = ['meninggal', 'berhenti', 'pindah', 'tidak-memenuhi-syarat'] as const satisfies readonly EndBody['reason'][];
export const STATUSES = ['calon', 'diajukan', 'aktif', 'berakhir', 'ditolak'] as const satisfies readonly ParticipationStatus[];

export interface ParticipantFilters {
  status: ParticipationStatus | null; agreementId: number | null; groupId: number | null; opdId: number | null; villageCode: string | null;
}
