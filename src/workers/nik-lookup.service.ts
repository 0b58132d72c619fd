/**
 * NIK searches by roles that may not see full NIKs (issue 16). Their mask hides all but the regency, so
 * a search by digits is the only way to learn more: a partial NIK is refused (each longer prefix would
 * confirm one more digit), and a full 16-digit NIK is a *lookup* — it confirms or refutes a guess — so it
 * is throttled per user (throttle.service.ts) and audited as `person.nik.lookup` by the caller.
 */
import type { RequestContext } from '../auth/actor';
import { blockedUntil, countEvent, NIK_LOOKUPS_PER_USER } from '../auth/throttle.service';
import type { Db } from '../db/database';
import { DomainError } from '../domain/errors';
import { mayReveal } from './worker-view';

/** True when the search is a NIK lookup to audit as such; throws when it may not run. */
export async function guardNikSearch(db: Db, ctx: RequestContext, by: { nik?: string; nikPrefix?: string }): Promise<boolean> {
  if (mayReveal(ctx.actor) || (!by.nik && !by.nikPrefix)) return false;
  if (by.nikPrefix) throw new DomainError('NIK_SEARCH_FULL_ONLY', 'invalid', { field: 'q' });
  const key = `nik-lookup:user:${ctx.actor.userId ?? ctx.actor.username}`;
  const blocked = await blockedUntil(db, [key]);
  if (blocked) throw new DomainError('NIK_LOOKUP_LIMITED', 'too_many', { until: blocked.toISOString() });
  await countEvent(db, key, NIK_LOOKUPS_PER_USER);
  return true;
}
