/** /api/v1/tenants: regencies running the programme, and their OPDs — all scoped by the caller's role. */
import { z } from 'zod';
import type { App, RouteDeps } from '../http/types';
import { tenantCodeParam } from '../http/types';
import { requireContext } from '../http/context';
import * as tenants from './tenants.service';
import { onboardRegencies, onboardRows } from './tenant-onboarding.service';
import type { Covered } from '../http/response-contract';

const tenant = z.object({ code: z.string(), name: z.string(), province_code: z.string() });
const opd = z.object({ id: z.number(), name: z.string(), kind: z.string() });
const opdBody = z.object({ name: z.string().trim().min(2).max(200), kind: z.string().trim().min(2).max(50).default('dinas') });
const tenantParams = z.object({ code: tenantCodeParam });
const opdParams = tenantParams.extend({ id: z.coerce.number().int() });

const onboardingInput = z.object({
  code: z.string().max(13), username: z.string().max(50), displayName: z.string().max(200).optional(),
  password: z.string().max(200).optional(), branch: z.string().max(40).optional(),
});
const onboardingRow = z.object({
  line: z.number().int(), code: z.string(), username: z.string(), outcome: z.enum(['created', 'exists', 'refused']),
  tenant: z.string().optional(), password: z.string().optional(), branch: z.string().optional(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});
const _onboardingCovered: Covered<ReturnType<typeof onboardRows>, z.ZodArray<typeof onboardingRow>> = true;

const _covered: [Covered<ReturnType<typeof tenants.listTenants>, z.ZodArray<typeof tenant>>, Covered<ReturnType<typeof tenants.getTenant>, typeof tenant>] = [true, true];

export function tenantsRoutes(app: App, { db }: RouteDeps) {
  app.get('/api/v1/tenants', { schema: { tags: ['tenants'], summary: 'Tenants visible to the caller', response: { 200: z.object({ items: z.array(tenant) }) } } }, async (request) => ({
    items: await tenants.listTenants(db, requireContext(request)),
  }));
  app.post('/api/v1/tenants', {
    schema: { tags: ['tenants'], summary: 'Register a regency/city as a tenant', body: z.object({ code: tenantCodeParam }), response: { 201: tenant } },
  }, async (request, reply) => reply.status(201).send((await tenants.createTenant(db, requireContext(request), request.body.code))!));
  app.post('/api/v1/tenants/onboarding', {
    schema: {
      tags: ['tenants'], summary: 'Onboard regencies with their first Dinas account (and serving BPJS branch): a CSV as uploaded, or rows from the form; every row reported',
      body: z.union([z.object({ csv: z.string().min(1).max(1_000_000) }), z.object({ rows: z.array(onboardingInput).min(1).max(100) })]),
      response: { 200: z.object({ rows: z.array(onboardingRow) }) },
    },
  }, async (request) => {
    const ctx = requireContext(request);
    const body = request.body;
    return { rows: 'csv' in body ? await onboardRegencies(db, ctx, body.csv, request.lang) : await onboardRows(db, ctx, body.rows, request.lang) };
  });
  app.patch('/api/v1/tenants/:code', {
    schema: { tags: ['tenants'], summary: 'Rename a regency/city', params: tenantParams, body: z.object({ name: z.string().max(200) }), response: { 200: tenant } },
  }, async (request) => tenants.renameTenant(db, requireContext(request), request.params.code, request.body.name));
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
