/** Shared by the enrolment commands: the operator as the tenant's Dinas, option parsing, the contract's item shape. */
import { cliContext, type RequestContext } from '../../auth/actor';
import { systemClock, todayIn } from '../../clock/clock';
import { assertDate } from '../../domain/calendar';
import { DomainError } from '../../domain/errors';
import type { Participant } from '../../enrolment/participant-view';

/** The console operator, acting as the Dinas of one tenant (full NIKs: the installation's admin at its console). */
export const dinasOf = (tenantCode: string): RequestContext => ({ actor: { ...cliContext().actor, role: 'dinas', tenantCode }, ip: 'cli' });

export function positiveInt(value: string | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new DomainError('VALIDATION', 'invalid', { field });
  return Number(value);
}

export const optionalDate = (value: string | undefined, field: string) => (value === undefined ? undefined : assertDate(value, field));

/** The item of the CLI contract (issue #11 §7): exactly these keys. */
export const contractItem = (p: Participant) => ({
  id: p.id, nik: p.nik, name: p.name, status: p.status, kpj: p.kpj, agreementId: p.agreementId, groupId: p.groupId, groupName: p.groupName,
  coverageFrom: p.coverageFrom, coverageTo: p.coverageTo,
});

/** Today on the regency's own clock: the console is the server's, so the system clock. */
export const todayIso = (tenantCode: string) => todayIn(systemClock, tenantCode);
