// Shapes of the enrolment API (src/enrolment, src/cards) as the pages use them.
export type ParticipationStatus = 'calon' | 'diajukan' | 'aktif' | 'berakhir' | 'ditolak';
export type EndReason = 'meninggal' | 'berhenti' | 'pindah' | 'tidak-memenuhi-syarat' | 'akhir-pks';
export const END_REASONS = ['meninggal', 'berhenti', 'pindah', 'tidak-memenuhi-syarat'] as const;
export const STATUSES: readonly ParticipationStatus[] = ['calon', 'diajukan', 'aktif', 'berakhir', 'ditolak'];

export interface Participant {
  id: number; personId: number; nik: string; nikMasked: boolean; name: string;
  status: ParticipationStatus; endReason: EndReason | null; kpj: string | null;
  agreementId: number; agreementNumber: string; groupId: number; groupName: string;
  workerGroup: 'non-asn' | 'rentan'; opdId: number | null; villageCode: string | null; programmes: string[];
  startsOn: string; coverageFrom: string | null; coverageTo: string; endedOn: string | null;
  refusalReason: string | null; batchId: number | null; example: boolean;
}

export interface ParticipantFilters {
  status: ParticipationStatus | null; agreementId: number | null; groupId: number | null; opdId: number | null; villageCode: string | null;
}

export interface GroupCount { groupId: number; name?: string; quota: number; active: number; waiting: number; free: number }

export interface EnrolResult { enrolled: number; waitlisted: number; groups: Omit<GroupCount, 'waiting'>[] }

export interface EnrolmentBatch {
  id: number; kind: 'registration' | 'non-active'; agreementId: number | null; template: string; participants: number;
  status: 'open' | 'answered'; createdAt: string; createdBy: string | null;
}

export interface AnswerResult {
  answerId: number; rows: number; activated: number; refused: number; unmatched: number; invalid: number; duplicates: number;
  alreadyImported: boolean; fileName: string;
}
