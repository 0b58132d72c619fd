/** Which claims an actor sees inside its regency: `opd` its OPD's participants', `desa` its village's, others all. */
import type { RequestContext } from '../auth/actor';

export interface ClaimScope { opdId: number | null; villageCode: string | null }

export function claimScope(ctx: RequestContext): ClaimScope {
  return {
    opdId: ctx.actor.role === 'opd' ? (ctx.actor.opdId ?? -1) : null,
    villageCode: ctx.actor.role === 'desa' ? (ctx.actor.villageCode ?? '-') : null,
  };
}
