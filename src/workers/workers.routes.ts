/**
 * /api/v1/tenants/:code/workers — the participant registry (search, one person, history, edits) — and
 * /api/v1/tenants/:code/dedup-reviews — the fuzzy-duplicate review queue (merge or keep separate).
 */
import { z } from 'zod';
import { todayIn } from '../clock/clock';
import { requireContext } from '../http/context';
import type { App, RouteDeps } from '../http/types';
import { decideDedupReview, listDedupReviews } from './dedup-review.service';
import { endWorkerMembership, getWorker, getWorkerHistory, searchWorkers, updateWorker } from './workers.service';
import {
  decisionBody, endBody, historyResponse, patchBody, personParams, personSchema, reviewsQuery, reviewsResponse, searchQuery, searchResponse, tenantParams,
} from './workers.schemas';

export function workersRoutes(app: App, { db, clock }: RouteDeps) {
  app.get('/api/v1/tenants/:code/workers', {
    schema: { tags: ['workers'], summary: 'Search participants by NIK, name (fuzzy), group, OPD, village, status — scoped by role', params: tenantParams, querystring: searchQuery, response: { 200: searchResponse } },
  }, async (request) => searchWorkers(db, requireContext(request), request.params.code, request.query));

  app.get('/api/v1/tenants/:code/workers/:id', {
    schema: { tags: ['workers'], summary: 'One participant with memberships (revealNik=true shows the full NIK to permitted roles, audit-logged)', params: personParams, querystring: z.object({ revealNik: searchQuery.shape.revealNik }), response: { 200: personSchema } },
  }, async (request) => getWorker(db, requireContext(request), request.params.code, request.params.id, !!request.query.revealNik));

  app.get('/api/v1/tenants/:code/workers/:id/history', {
    schema: { tags: ['workers'], summary: 'Every change to a participant: who, when, what', params: personParams, response: { 200: historyResponse } },
  }, async (request) => getWorkerHistory(db, requireContext(request), request.params.code, request.params.id));

  app.patch('/api/v1/tenants/:code/workers/:id', {
    schema: { tags: ['workers'], summary: 'Correct a participant (recorded in the history)', params: personParams, body: patchBody, response: { 200: personSchema } },
  }, async (request) => updateWorker(db, requireContext(request), request.params.code, request.params.id, request.body));

  app.post('/api/v1/tenants/:code/workers/:id/memberships/:membershipId/end', {
    schema: { tags: ['workers'], summary: 'End a membership (left the OPD, no longer rentan)', params: personParams.extend({ membershipId: z.coerce.number().int() }), body: endBody, response: { 200: personSchema } },
  }, async (request) => endWorkerMembership(db, requireContext(request), request.params.code, request.params.id, request.params.membershipId, request.body.endedOn));

  app.get('/api/v1/tenants/:code/dedup-reviews', {
    schema: { tags: ['workers'], summary: 'Possible duplicates (same birth date and similar name, or same phone) awaiting a decision', params: tenantParams, querystring: reviewsQuery, response: { 200: reviewsResponse } },
  }, async (request) => listDedupReviews(db, requireContext(request), request.params.code, request.query));

  app.post('/api/v1/tenants/:code/dedup-reviews/:id/decision', {
    schema: { tags: ['workers'], summary: 'Merge the pair or keep both (dinas)', params: personParams, body: decisionBody, response: { 200: z.object({ id: z.number(), status: z.enum(['merged', 'kept']) }) } },
  }, async (request) => decideDedupReview(db, requireContext(request), request.params.code, request.params.id, request.body, todayIn(clock, request.params.code)));
}
