/**
 * Where an agreement stands on a given day, from its period rather than from a stored flag: a signed PKS
 * for 1 Jan–31 Dec 2025 is in force during 2025 and has ended on 30 Nov 2026 whatever its workflow status
 * says. A draft is a draft; an agreement ended early (status `ended`) stays ended. It took effect on the
 * later of its period start and its signing date — not when someone clicked "activate" or seeded it.
 */
import type { IsoDate } from './calendar';

export type AgreementPhase = 'draft' | 'upcoming' | 'in_force' | 'ended';

export interface PhaseInput {
  status: 'draft' | 'signed' | 'active' | 'ended';
  periodStart: string;
  periodEnd: string;
  signedOn: string | null;
}

export function agreementPhase(a: PhaseInput, today: IsoDate): AgreementPhase {
  if (a.status === 'draft') return 'draft';
  if (a.status === 'ended' || today > a.periodEnd) return 'ended';
  return today < a.periodStart ? 'upcoming' : 'in_force';
}

/** The day a signed agreement took effect: its period start, or its signing if it was signed later. */
export function inForceFrom(a: PhaseInput): IsoDate | null {
  if (a.status === 'draft' || a.signedOn === null) return null;
  return (a.signedOn > a.periodStart ? a.signedOn : a.periodStart) as IsoDate;
}
