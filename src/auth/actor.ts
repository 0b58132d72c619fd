/** Who is acting: the authenticated user with their role and scope, or the local CLI operator. */
import { systemClock, type Clock } from '../clock/clock';
import type { Role } from '../db/schema';

export interface Actor {
  userId: number | null;
  username: string;
  role: Role;
  tenantCode: string | null;
  opdId: number | null;
  villageCode: string | null;
  branchCode: string | null;
  regionScope: string | null;
}

/** What every service call carries besides its input: who, and from where (for the audit log). */
export interface RequestContext {
  actor: Actor;
  ip: string | null;
  /** The clock of this call (the app's, pinned in tests); the system clock when absent. */
  clock?: Clock;
}

/** The clock a service reads "now" and "today" from. */
export const clockOf = (ctx: RequestContext): Clock => ctx.clock ?? systemClock;

/** The operator at the server's console (CLI): an installation admin without an account. */
export const cliContext = (): RequestContext => ({
  actor: { userId: null, username: 'cli', role: 'admin', tenantCode: null, opdId: null, villageCode: null, branchCode: null, regionScope: null },
  ip: 'cli',
});
