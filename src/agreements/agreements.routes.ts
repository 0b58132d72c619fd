/**
 * /api/v1/tenants/:code/agreements: MoU and PKS of a regency, their life (sign, activate, end), addenda,
 * renewal, and plan vs budget (with a what-if that saves nothing). Files live in agreement-files.routes.ts.
 */
import { z } from 'zod';
import { requireContext } from '../http/context';
import type { App, RouteDeps } from '../http/types';
import { tenantCodeParam } from '../http/types';
import { getAgreementDetail } from './agreement-detail.service';
import { agreementFilesRoutes } from './agreement-files.routes';
import { changeAgreementStatus, signAgreement } from './agreement-status.service';
import { createAddendum } from './addenda.service';
import { renewAgreement } from './agreement-renewal.service';
import { addendumSchema, agreementCreateSchema, agreementPatchSchema, renewSchema, signSchema, whatIfSchema } from './agreements.schemas';
import * as agreements from './agreements.service';

const tags = ['agreements'];
export const tenantParams = z.object({ code: tenantCodeParam });
export const agreementParams = tenantParams.extend({ id: z.coerce.number().int() });

export function agreementsRoutes(app: App, deps: RouteDeps) {
  const { db } = deps;
  app.get('/api/v1/tenants/:code/agreements', { schema: { tags, summary: "The regency's MoU and PKS, each PKS with plan totals", params: tenantParams } },
    async (request) => ({ items: await agreements.listAgreements(db, requireContext(request), request.params.code) }));
  app.get('/api/v1/tenants/:code/agreements/options', { schema: { tags, summary: 'Choices for the agreement form: serving BPJS branches, MoUs', params: tenantParams } },
    async (request) => agreements.agreementFormOptions(db, requireContext(request), request.params.code));
  app.post('/api/v1/tenants/:code/agreements', { schema: { tags, summary: 'Create an MoU or PKS (as a draft)', params: tenantParams, body: agreementCreateSchema } },
    async (request, reply) => reply.status(201).send(await agreements.createAgreement(db, requireContext(request), request.params.code, request.body)));
  app.get('/api/v1/tenants/:code/agreements/:id', { schema: { tags, summary: 'One agreement with addenda, documents and plan totals', params: agreementParams } },
    async (request) => getAgreementDetail(db, requireContext(request), request.params.code, request.params.id));
  app.patch('/api/v1/tenants/:code/agreements/:id', { schema: { tags, summary: 'Edit a draft (signed agreements change by addendum)', params: agreementParams, body: agreementPatchSchema } },
    async (request) => agreements.updateAgreement(db, requireContext(request), request.params.code, request.params.id, request.body));

  app.post('/api/v1/tenants/:code/agreements/:id/sign', { schema: { tags, summary: 'Sign a draft: its terms are fixed from now on', params: agreementParams, body: signSchema } },
    async (request) => signAgreement(db, requireContext(request), request.params.code, request.params.id, request.body));
  for (const step of ['activate', 'end'] as const) {
    app.post(`/api/v1/tenants/:code/agreements/:id/${step}`, { schema: { tags, summary: step === 'activate' ? 'Signed → active' : 'Signed/active → ended', params: agreementParams } },
      async (request) => changeAgreementStatus(db, requireContext(request), request.params.code, request.params.id, step));
  }
  app.post('/api/v1/tenants/:code/agreements/:id/addenda', { schema: { tags, summary: 'Record a signed addendum and apply its changes', params: agreementParams, body: addendumSchema } },
    async (request, reply) => reply.status(201).send(await createAddendum(db, requireContext(request), request.params.code, request.params.id, request.body)));
  app.post('/api/v1/tenants/:code/agreements/:id/renew', { schema: { tags, summary: "Draft next year's PKS from this one", params: agreementParams, body: renewSchema } },
    async (request, reply) => reply.status(201).send(await renewAgreement(db, requireContext(request), request.params.code, request.params.id, request.body)));

  app.get('/api/v1/tenants/:code/agreements/:id/plan', { schema: { tags, summary: 'Plan vs budget: by group and month', params: agreementParams } },
    async (request) => agreements.getPlan(db, requireContext(request), request.params.code, request.params.id));
  app.post('/api/v1/tenants/:code/agreements/:id/plan/what-if', { schema: { tags, summary: 'Recompute the plan with overrides; saves nothing', params: agreementParams, body: whatIfSchema } },
    async (request) => agreements.getPlan(db, requireContext(request), request.params.code, request.params.id, request.body));

  agreementFilesRoutes(app, deps);
}
