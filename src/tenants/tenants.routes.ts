/** /api/v1/tenants: regencies running the programme, and their OPDs — all scoped by the caller's role. */
import { z } from 'zod';
import type { App, RouteDeps } from '../http/types';
import { tenantCodeParam } from '../http/types';
import { requireContext } from '../http/context';
import * as tenants from './tenants.service';
import type { Covered } from '../http/response-contract';

const tenant = z.object({ code: z.string(), name: z.string(), province_code: z.string() });
const opd = z.object({ id: z.number(), name: z.string(), kind: z.string() });
const opdBody = z.object({ name: z.string().trim().min(2).max(200), kind: z.string().trim().min(2).max(50).default('dinas') });
const tenantParams = z.object({ code: tenantCodeParam });
const opdParams = tenantParams.extend({ id: z.coerce.number().int() });

const _covered: [Covered<ReturnType<typeof tenants.listTenants>, z.ZodArray<typeof tenant>>, Covered<ReturnType<typeof tenants.getTenant>, typeof tenant>] = [true, true];

export function tenantsRoutes(app: App, { db }: RouteDeps) {
  app.get('/api/v1/tenants', { schema: { tags: ['tenants'], summary: 'Tenants visible to the caller', response: { 200: z.object({ items: z.array(tenant) }) } } }, async (request) => ({
    items: await tenants.listTenants(db, requireContext(request)),
  }));
  app.post('/api/v1/tenants', {
    schema: { tags: ['tenants'], summary: 'Register a regency/city as a tenant', body: z.object({ code: tenantCodeParam }), response: { 201: tenant } },
  }, async (request, reply) => reply.status(201).send((await tenants.createTenant(db, requireContext(request), request.body.code))!));
  app.get('/api/v1/tenants/:code', { schema: { tags: ['tenants'], summary: 'One tenant', params: tenantParams, response: { 200: tenant } } }, async (request) =>
    tenants.getTenant(db, requireContext(request), request.params.code));

  app.get('/api/v1/tenants/:code/opds', {
    schema: { tags: ['tenants'], summary: "The tenant's OPDs (an OPD operator sees only its own)", params: tenantParams, response: { 200: z.object({ items: z.array(opd) }) } },
  }, async (request) => ({ items: await tenants.listOpds(db, requireContext(request), request.params.code) }));
  app.get('/api/v1/tenants/:code/opds/:id', { schema: { tags: ['tenants'], summary: 'One OPD', params: opdParams, response: { 200: opd } } }, async (request) =>
    tenants.getOpd(db, requireContext(request), request.params.code, request.params.id));
  app.post('/api/v1/tenants/:code/opds', { schema: { tags: ['tenants'], summary: 'Add an OPD', params: tenantParams, body: opdBody, response: { 201: opd } } },
    async (request, reply) => reply.status(201).send(await tenants.createOpd(db, requireContext(request), request.params.code, request.body)));
  app.patch('/api/v1/tenants/:code/opds/:id', { schema: { tags: ['tenants'], summary: 'Rename an OPD', params: opdParams, body: opdBody.partial(), response: { 200: opd } } },
    async (request) => tenants.updateOpd(db, requireContext(request), request.params.code, request.params.id, request.body));
}
