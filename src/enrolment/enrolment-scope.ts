/** Who sees which participations: an `opd` user its OPD's, a `desa` user its village's; others the regency's. */
import type { RequestContext } from '../auth/actor';
import type { ParticipationScope } from './participation.repository';

export function participationScope(ctx: RequestContext): ParticipationScope {
  return {
    opdId: ctx.actor.role === 'opd' ? (ctx.actor.opdId ?? -1) : null,
    villageCode: ctx.actor.role === 'desa' ? (ctx.actor.villageCode ?? '-') : null,
  };
}
