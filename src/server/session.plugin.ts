/**
 * Sessions and CSRF. The session cookie is httpOnly and SameSite=Strict; in addition every state-changing
 * request must carry `X-Requested-With: lindung` — a header a cross-site form cannot send and a
 * cross-site script cannot add without a CORS preflight, which this server never grants. The check looks
 * at the method only, never at the path: the router decodes `/%61pi/…` to `/api/…`, so a path test can be
 * spelled around (issue 16). A user whose password was reset reaches only the routes that let them
 * change it until they have.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { actorOf, authenticate } from '../auth/auth.service';
import type { Clock } from '../clock/clock';
import type { Db } from '../db/database';
import { DomainError } from '../domain/errors';
import { pickLang } from '../i18n/messages';
import { SESSION_COOKIE } from '../http/context';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** What a user with a temporary password may still call (route patterns, as the router matched them). */
const WHILE_PASSWORD_MUST_CHANGE = new Set(['/api/v1/auth/password', '/api/v1/auth/logout', '/api/v1/auth/me']);

export const sessionPlugin = fp(async (app: FastifyInstance, opts: { db: Db; clock: Clock }) => {
  app.decorateRequest('lang', 'id');
  app.decorateRequest('ctx', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request) => {
    request.lang = pickLang(request.headers['accept-language']);
    if (!SAFE_METHODS.has(request.method) && request.headers['x-requested-with'] !== 'lindung')
      throw new DomainError('CSRF', 'forbidden');
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const user = await authenticate(opts.db, token);
    if (user) {
      request.sessionToken = token;
      request.ctx = { actor: actorOf(user), ip: request.ip, clock: opts.clock };
      const route = request.routeOptions.url ?? '';
      if (user.must_change_password && route.startsWith('/api/v1/') && !WHILE_PASSWORD_MUST_CHANGE.has(route))
        throw new DomainError('PASSWORD_CHANGE_REQUIRED', 'forbidden');
    }
  });
});
