/** /api/v1/users: account administration (admin only). */
import { z } from 'zod';
import { ROLES } from './roles';
import type { App, RouteDeps } from '../http/types';
import { requireContext } from '../http/context';
import * as users from './users.service';

const newUserBody = z.object({
  username: z.string().regex(/^[a-zA-Z0-9._-]{3,50}$/),
  displayName: z.string().min(1).max(120),
  password: z.string().min(1).max(200),
  role: z.enum(ROLES),
  tenantCode: z.string().regex(/^\d{2}\.\d{2}$/).nullish(),
  opdId: z.number().int().nullish(),
  villageCode: z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/).nullish(),
  branchCode: z.string().trim().min(1).max(50).nullish(),
  // a viewer or auditor watches a province ('53') or a regency ('53.16')
  regionScope: z.string().regex(/^\d{2}(\.\d{2})?$/).nullish(),
});

export function usersRoutes(app: App, { db }: RouteDeps) {
  app.get('/api/v1/users', { schema: { tags: ['users'], summary: 'List accounts' } }, async (request) => ({
    items: await users.listUsers(db, requireContext(request)),
  }));

  app.post('/api/v1/users', { schema: { tags: ['users'], summary: 'Create an account', body: newUserBody } }, async (request, reply) => {
    const user = await users.createUser(db, requireContext(request), request.body);
    return reply.status(201).send({ user });
  });

  app.post('/api/v1/users/:id/reset-password', {
    schema: {
      tags: ['users'], summary: 'Set a temporary password; the user must change it at next login',
      params: z.object({ id: z.coerce.number().int() }), body: z.object({ newPassword: z.string().min(1).max(200) }),
    },
  }, async (request, reply) => {
    await users.resetPassword(db, requireContext(request), request.params.id, request.body.newPassword);
    return reply.status(204).send();
  });
}
