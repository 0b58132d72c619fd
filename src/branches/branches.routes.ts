/** /api/v1/branches: BPJS branch offices and the regencies they serve (installation admin). */
import { z } from 'zod';
import type { App, RouteDeps } from '../http/types';
import { requireContext } from '../http/context';
import * as branches from './branches.service';
import type { Covered } from '../http/response-contract';

const named = z.object({ code: z.string(), name: z.string() });
const branch = z.object({ code: z.string(), name: z.string(), province: named, serves: z.array(named) });
const _covered: [Covered<ReturnType<typeof branches.listBranches>, z.ZodArray<typeof branch>>, Covered<ReturnType<typeof branches.createBranch>, typeof branch>] = [true, true];

const codeParams = z.object({ code: z.string().min(1).max(40) });

export function branchesRoutes(app: App, { db }: RouteDeps) {
  app.get('/api/v1/branches', { schema: { tags: ['branches'], summary: 'BPJS branch offices and the regencies each serves', response: { 200: z.object({ items: z.array(branch) }) } } },
    async (request) => ({ items: await branches.listBranches(db, requireContext(request)) }));
  app.post('/api/v1/branches', {
    schema: { tags: ['branches'], summary: 'Register a BPJS branch office', body: z.object({ code: z.string().max(40), name: z.string().max(200), provinceCode: z.string().max(13) }), response: { 201: branch } },
  }, async (request, reply) => reply.status(201).send(await branches.createBranch(db, requireContext(request), request.body)));
  app.post('/api/v1/branches/:code/regencies', {
    schema: { tags: ['branches'], summary: 'The branch also serves these regencies', params: codeParams, body: z.object({ regencies: z.array(z.string().max(13)).min(1).max(100) }), response: { 200: branch } },
  }, async (request) => branches.assignBranch(db, requireContext(request), request.params.code, request.body.regencies));
}
