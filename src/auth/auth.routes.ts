/** /api/v1/auth: login, me, logout, password change. Login is rate-limited per IP. */
import { z } from 'zod';
import type { App, RouteDeps } from '../http/types';
import { requireContext, SESSION_COOKIE } from '../http/context';
import * as auth from './auth.service';
import type { Covered } from '../http/response-contract';
import { PERMISSION_NAMES, ROLES } from './roles';

const userSchema = z.object({
  id: z.number(), username: z.string(), displayName: z.string(), role: z.enum(ROLES),
  tenantCode: z.string().nullable(), tenantName: z.string().nullable(), scopeLabel: z.string(),
  mustChangePassword: z.boolean(), permissions: z.array(z.enum(PERMISSION_NAMES)),
});
const _covered: Covered<ReturnType<typeof auth.currentUser>, typeof userSchema> = true;

export function authRoutes(app: App, { db, config }: RouteDeps) {
  app.post('/api/v1/auth/login', {
    config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    schema: {
      tags: ['auth'], summary: 'Sign in with username and password; sets the session cookie',
      body: z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }),
      response: { 200: z.object({ user: userSchema }) },
    },
  }, async (request, reply) => {
    const result = await auth.login(db, { ...request.body, ip: request.ip, userAgent: request.headers['user-agent'] ?? null, ttlHours: config.sessionTtlHours });
    reply.setCookie(SESSION_COOKIE, result.token, {
      httpOnly: true, sameSite: 'strict', secure: config.secureCookies, path: '/', expires: result.expiresAt,
    });
    return { user: result.user };
  });

  app.get('/api/v1/auth/me', {
    schema: { tags: ['auth'], summary: 'The signed-in user, role, scope and permissions', response: { 200: z.object({ user: userSchema }) } },
  }, async (request) => {
    return { user: await auth.currentUser(db, requireContext(request)) };
  });

  app.post('/api/v1/auth/logout', { schema: { tags: ['auth'], summary: 'Sign out (ends this session)' } }, async (request, reply) => {
    const ctx = requireContext(request);
    await auth.logout(db, ctx, request.sessionToken!);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  app.post('/api/v1/auth/password', {
    schema: {
      tags: ['auth'], summary: 'Change own password (signs out other sessions)',
      body: z.object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(1).max(200) }),
    },
  }, async (request, reply) => {
    await auth.changePassword(db, requireContext(request), request.sessionToken!, request.body);
    return reply.status(204).send();
  });
}
