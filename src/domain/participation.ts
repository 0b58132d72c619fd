/**
 * Participation (kepesertaan) rules that need no database: the status a participation shows on a given
 * day, whether its card is valid that day, and the lifecycle transitions allowed.
 *
 * A participation is covered from `coverageFrom` (the date BPJS gives) through `coverageTo` inclusive
 * (the PKS end, or the end date: ended "on" 30 November means covered through 30 November, so a
 * replacement may start on 1 December). The stored status records what happened; the shown status also
 * follows the date: an active participation whose PKS has ended shows `berakhir` with reason
 * `akhir-pks`, and one ended ahead of time stays `aktif` until its end date.
 */
export type ParticipationStatus = 'calon' | 'diajukan' | 'aktif' | 'berakhir' | 'ditolak';
export type EndReason = 'meninggal' | 'berhenti' | 'pindah' | 'tidak-memenuhi-syarat' | 'akhir-pks';
export const END_REASONS = ['meninggal', 'berhenti', 'pindah', 'tidak-memenuhi-syarat'] as const satisfies readonly EndReason[];

export interface ParticipationDates {
  status: ParticipationStatus; coverageFrom: string | null; coverageTo: string; endedOn: string | null; endReason: EndReason | null;
}

export interface ShownStatus { status: ParticipationStatus; endReason: EndReason | null }

export function statusOn(p: ParticipationDates, today: string): ShownStatus {
  if (p.status === 'berakhir') {
    // ended ahead of time: still covered through the end date
    if (p.coverageFrom !== null && p.endedOn !== null && today <= p.endedOn) return { status: 'aktif', endReason: null };
    return { status: 'berakhir', endReason: p.endReason };
  }
  if (p.status === 'aktif' && p.coverageTo < today) return { status: 'berakhir', endReason: 'akhir-pks' };
  return { status: p.status, endReason: null };
}

/** A card is valid on a day when the participation is active and that day lies in its coverage. */
export function validOn(p: ParticipationDates, today: string): boolean {
  return statusOn(p, today).status === 'aktif' && p.coverageFrom !== null && p.coverageFrom <= today && today <= p.coverageTo;
}

/** Which stored statuses each lifecycle action starts from. */
export const TRANSITIONS = {
  submit: { from: ['calon'], to: 'diajukan' },
  activate: { from: ['diajukan'], to: 'aktif' },
  refuse: { from: ['diajukan'], to: 'ditolak' },
  end: { from: ['calon', 'diajukan', 'aktif'], to: 'berakhir' },
} as const satisfies Record<string, { from: readonly ParticipationStatus[]; to: ParticipationStatus }>;

export type LifecycleAction = keyof typeof TRANSITIONS;

export function canTransition(action: LifecycleAction, from: ParticipationStatus): boolean {
  return (TRANSITIONS[action].from as readonly ParticipationStatus[]).includes(from);
}

/** The day after a date (YYYY-MM-DD), in UTC: a replacement starts the day after the end. */
export function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * How many participations occupy a group's quota from a day on: every one not refused whose coverage
 * (or the asked period) reaches that day. An ended participation frees its slot the day after its end.
 */
export function occupiesOn(p: { status: ParticipationStatus; coverageTo: string; endedOn: string | null }, day: string): boolean {
  if (p.status === 'ditolak') return false;
  const last = p.status === 'berakhir' && p.endedOn ? p.endedOn : p.coverageTo;
  return last >= day;
}
