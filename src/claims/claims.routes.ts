/**
 * /api/v1/tenants/:code/claims — filing a claim (eligibility, wage base, benefit), the list with filters, one
 * claim with deadlines and timeline, moving it along the workflow, and utilisation. Scope, permission and
 * audit live in the services.
 */
import type { App, RouteDeps } from '../http/types';
import { todayIn } from '../clock/clock';
import { requireContext } from '../http/context';
import type { Covered } from '../http/response-contract';
import { errorSchema } from '../http/types';
import { advanceClaim } from './claim-advance.service';
import { fileClaim } from './claim-file.service';
import { claimUtilisation, getClaim, listClaims } from './claims.service';
import * as s from './claims.schemas';

const tags = ['claims'];
const _claim: Covered<ReturnType<typeof getClaim>, typeof s.claimSchema> = true;
const _list: Covered<ReturnType<typeof listClaims>, typeof s.listResponse> = true;
const _util: Covered<ReturnType<typeof claimUtilisation>, typeof s.utilisationResponse> = true;

export function claimsRoutes(app: App, { db, clock }: RouteDeps) {
  const base = '/api/v1/tenants/:code/claims';
  const todayOf = (request: { params: { code: string } }) => todayIn(clock, request.params.code);

  app.get(base, {
    schema: { tags, summary: 'Claims of a regency (opd/desa: their participants only), filtered by status, type, incident year, participant', params: s.tenantParams, querystring: s.listQuery, response: { 200: s.listResponse } },
  }, async (request) => listClaims(db, requireContext(request), request.params.code, request.query, todayOf(request), request.lang));

  app.post(base, {
    schema: {
      tags, summary: 'File a claim: eligibility on the incident date, wage base from the bill line, benefit lines with legal basis',
      description: 'A claim that is not eligible is still recorded with its reason codes. The same incident again answers the claim filed before.',
      params: s.tenantParams, body: s.fileBody, response: { 201: s.claimSchema, 404: errorSchema },
    },
  }, async (request, reply) => reply.status(201).send(await fileClaim(db, requireContext(request), request.params.code, request.body, todayOf(request), request.lang)));

  app.get(`${base}/utilisation`, {
    schema: { tags, summary: 'Utilisation of a year: claims filed/approved/paid and benefits paid against contributions paid, per programme, group, OPD, village', params: s.tenantParams, querystring: s.utilisationQuery, response: { 200: s.utilisationResponse } },
  }, async (request) => claimUtilisation(db, requireContext(request), request.params.code, request.query.year));

  app.get(`${base}/:id`, {
    schema: { tags, summary: 'One claim: eligibility, benefit lines, BPJS decision, deadlines (late penalty), timeline', params: s.claimIdParams, response: { 200: s.claimSchema } },
  }, async (request) => getClaim(db, requireContext(request), request.params.code, request.params.id, todayOf(request), request.lang));

  app.post(`${base}/:id/advance`, {
    schema: {
      tags, summary: 'Move a claim on: berkas-lengkap → diajukan → disetujui (amount) | ditolak (reason) → dibayar (amount)',
      params: s.claimIdParams, body: s.advanceBody, response: { 200: s.claimSchema, 409: errorSchema },
    },
  }, async (request) => advanceClaim(db, requireContext(request), request.params.code, request.params.id, request.body, todayOf(request), request.lang));
}
