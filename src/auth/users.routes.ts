/** /api/v1/users: account administration (admin only). */
import { z } from 'zod';
import { ROLES } from './roles';
import type { App, RouteDeps } from '../http/types';
import { requireContext } from '../http/context';
import * as users from './users.service';
import type { Covered } from '../http/response-contract';

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

const user = z.object({
  id: z.number().int(), username: z.string(), displayName: z.string(), role: z.enum(ROLES), tenantCode: z.string().nullable(),
  opdId: z.number().int().nullable(), villageCode: z.string().nullable(), branchCode: z.string().nullable(),
  regionScope: z.string().nullable(), disabled: z.boolean(), lockedUntil: z.string().nullable(),
});
// the list also names each account's scope ("Kabupaten Nagekeo · Dinas Pendidikan"), widest first
const listedUser = user.extend({ opdName: z.string().nullable(), scope: z.array(z.string()) });
const _covered: [Covered<ReturnType<typeof users.listUsers>, z.ZodArray<typeof listedUser>>, Covered<ReturnType<typeof users.createUser>, typeof user>] = [true, true];

export function usersRoutes(app: App, { db }: RouteDeps) {
  app.get('/api/v1/users', { schema: { tags: ['users'], summary: 'List accounts', response: { 200: z.object({ items: z.array(listedUser) }) } } }, async (request) => ({
    items: await users.listUsers(db, requireContext(request)),
  }));

  app.post('/api/v1/users', { schema: { tags: ['users'], summary: 'Create an account', body: newUserBody, response: { 201: z.object({ user }) } } }, async (request, reply) => {
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
