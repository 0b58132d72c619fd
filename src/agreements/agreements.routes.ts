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
import * as responses from './agreements.responses';
import * as agreements from './agreements.service';
import type { Covered } from '../http/response-contract';

const tags = ['agreements'];
export const tenantParams = z.object({ code: tenantCodeParam });
export const agreementParams = tenantParams.extend({ id: z.coerce.number().int() });

// every key the services return is in the response schema (the serializer would drop it otherwise)
const _covered: [
  Covered<ReturnType<typeof agreements.listAgreements>, typeof responses.agreementList.shape.items>,
  Covered<ReturnType<typeof agreements.agreementFormOptions>, typeof responses.formOptions>,
  Covered<ReturnType<typeof agreements.createAgreement>, typeof responses.agreement>,
  Covered<ReturnType<typeof getAgreementDetail>, typeof responses.agreementDetail>,
  Covered<ReturnType<typeof changeAgreementStatus>, typeof responses.agreement>,
  Covered<ReturnType<typeof createAddendum>, typeof responses.addendumCreated>,
  Covered<ReturnType<typeof renewAgreement>, typeof responses.agreement>,
  Covered<ReturnType<typeof agreements.getPlan>, typeof responses.plan>,
] = [true, true, true, true, true, true, true, true];

export function agreementsRoutes(app: App, deps: RouteDeps) {
  const { db } = deps;
  app.get('/api/v1/tenants/:code/agreements', { schema: { tags, summary: "The regency's MoU and PKS, each PKS with plan totals", params: tenantParams, response: { 200: responses.agreementList } } },
    async (request) => ({ items: await agreements.listAgreements(db, requireContext(request), request.params.code) }));
  app.get('/api/v1/tenants/:code/agreements/options', { schema: { tags, summary: 'Choices for the agreement form: serving BPJS branches, MoUs', params: tenantParams, response: { 200: responses.formOptions } } },
    async (request) => agreements.agreementFormOptions(db, requireContext(request), request.params.code));
  app.post('/api/v1/tenants/:code/agreements', { schema: { tags, summary: 'Create an MoU or PKS (as a draft)', params: tenantParams, body: agreementCreateSchema, response: { 201: responses.agreement } } },
    async (request, reply) => reply.status(201).send(await agreements.createAgreement(db, requireContext(request), request.params.code, request.body)));
  app.get('/api/v1/tenants/:code/agreements/:id', { schema: { tags, summary: 'One agreement with addenda, documents and plan totals', params: agreementParams, response: { 200: responses.agreementDetail } } },
    async (request) => getAgreementDetail(db, requireContext(request), request.params.code, request.params.id));
  app.patch('/api/v1/tenants/:code/agreements/:id', { schema: { tags, summary: 'Edit a draft (signed agreements change by addendum)', params: agreementParams, body: agreementPatchSchema, response: { 200: responses.agreement } } },
    async (request) => agreements.updateAgreement(db, requireContext(request), request.params.code, request.params.id, request.body));

  app.post('/api/v1/tenants/:code/agreements/:id/sign', { schema: { tags, summary: 'Sign a draft: its terms are fixed from now on', params: agreementParams, body: signSchema, response: { 200: responses.agreement } } },
    async (request) => signAgreement(db, requireContext(request), request.params.code, request.params.id, request.body));
  for (const step of ['activate', 'end'] as const) {
    app.post(`/api/v1/tenants/:code/agreements/:id/${step}`, { schema: { tags, summary: step === 'activate' ? 'Signed → active' : 'Signed/active → ended', params: agreementParams, response: { 200: responses.agreement } } },
      async (request) => changeAgreementStatus(db, requireContext(request), request.params.code, request.params.id, step));
  }
  app.post('/api/v1/tenants/:code/agreements/:id/addenda', { schema: { tags, summary: 'Record a signed addendum and apply its changes', params: agreementParams, body: addendumSchema, response: { 201: responses.addendumCreated } } },
    async (request, reply) => reply.status(201).send(await createAddendum(db, requireContext(request), request.params.code, request.params.id, request.body)));
  app.post('/api/v1/tenants/:code/agreements/:id/renew', { schema: { tags, summary: "Draft next year's PKS from this one", params: agreementParams, body: renewSchema, response: { 201: responses.agreement } } },
    async (request, reply) => reply.status(201).send(await renewAgreement(db, requireContext(request), request.params.code, request.params.id, request.body)));

  app.get('/api/v1/tenants/:code/agreements/:id/plan', { schema: { tags, summary: 'Plan vs budget: by group and month', params: agreementParams, response: { 200: responses.plan } } },
    async (request) => agreements.getPlan(db, requireContext(request), request.params.code, request.params.id));
  app.post('/api/v1/tenants/:code/agreements/:id/plan/what-if', { schema: { tags, summary: 'Recompute the plan with overrides; saves nothing', params: agreementParams, body: whatIfSchema, response: { 200: responses.plan } } },
    async (request) => agreements.getPlan(db, requireContext(request), request.params.code, request.params.id, request.body));

  agreementFilesRoutes(app, deps);
}
