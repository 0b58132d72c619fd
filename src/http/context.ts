/**
 * Per-request context: language, and who is calling. `requireContext` is how a route says "signed-in
 * users only"; it throws UNAUTHENTICATED (401) otherwise.
 */
import type { FastifyRequest } from 'fastify';
import type { RequestContext } from '../auth/actor';
import { DomainError } from '../domain/errors';
import type { Lang } from '../i18n/messages';

declare module 'fastify' {
  interface FastifyRequest {
    lang: Lang;
    ctx: RequestContext | null;
    sessionToken: string | null;
  }
}

export function requireContext(request: FastifyRequest): RequestContext {
  if (!request.ctx) throw new DomainError('UNAUTHENTICATED', 'unauthenticated');
  return request.ctx;
}

export const SESSION_COOKIE = 'lindung_session';
