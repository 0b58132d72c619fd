/**
 * /api/v1/tenants/:code/billing/runs and /bills… — the monthly run (dinas), bills with statuses, one bill with
 * its summary per OPD/village, its participant lines and the explanation of one amount. Scope and audit
 * are the services'.
 */
import { requireContext } from '../http/context';
import type { Covered } from '../http/response-contract';
import { errorSchema, type App, type RouteDeps } from '../http/types';
import { explainBillLine, listBillLines } from './bill-lines.service';
import { runBilling } from './billing-run.service';
import * as s from './billing.schemas';
import { getBill, listBills } from './bills.service';

const tags = ['billing'];

const _run: Covered<ReturnType<typeof runBilling>, typeof s.runResponse> = true;
const _list: Covered<ReturnType<typeof listBills>, typeof s.billsResponse> = true;
const _detail: Covered<ReturnType<typeof getBill>, typeof s.billDetail> = true;
const _lines: Covered<ReturnType<typeof listBillLines>, typeof s.linesResponse> = true;
const _explain: Covered<ReturnType<typeof explainBillLine>, typeof s.explanationResponse> = true;
void [_run, _list, _detail, _lines, _explain];

export function billingRoutes(app: App, { db }: RouteDeps) {
  const base = '/api/v1/tenants/:code';

  app.post(`${base}/billing/runs`, {
    schema: {
      tags, summary: "Bill a month: one bill per PKS group (all PKS in force, or one); again answers created 0 with the same bills",
      description: 'Retroactive changes become susulan/pengurangan lines on the next bill, or a correction bill after the PKS.',
      params: s.tenantParams, body: s.runBody, response: { 200: s.runResponse, 409: errorSchema },
    },
  }, async (request) => runBilling(db, requireContext(request), request.params.code, request.body));

  app.get(`${base}/bills`, {
    schema: { tags, summary: 'Bills, oldest due first (paid/outstanding/lateFee completed by payments)', params: s.tenantParams, querystring: s.billsQuery, response: { 200: s.billsResponse } },
  }, async (request) => listBills(db, requireContext(request), request.params.code, request.query));

  app.get(`${base}/bills/:id`, {
    schema: { tags, summary: 'One bill with its summary per OPD or village', params: s.billParams, response: { 200: s.billDetail } },
  }, async (request) => getBill(db, requireContext(request), request.params.code, request.params.id));

  app.get(`${base}/bills/:id/lines`, {
    schema: { tags, summary: "A bill's participant lines (masked NIKs; opd/desa users: their own participants only)", params: s.billParams, querystring: s.linesQuery, response: { 200: s.linesResponse } },
  }, async (request) => listBillLines(db, requireContext(request), request.params.code, request.params.id, request.query));

  app.get(`${base}/bills/:id/lines/:participationId/explanation`, {
    schema: { tags, summary: 'How one participant-month was computed: each programme with rate, base, rule and legal basis', params: s.lineParams, querystring: s.explanationQuery, response: { 200: s.explanationResponse } },
  }, async (request) => explainBillLine(db, requireContext(request), request.params.code, request.params.id, request.params.participationId, request.query.month));
}
