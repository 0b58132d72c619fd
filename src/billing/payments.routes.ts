/**
 * /api/v1/tenants/:code/… — the payment side of billing (CONTRACTS.md "Billing HTTP API"): SP2D payments
 * of a PKS, their reversal, budget realisation with warnings, alerts for the Beranda, the PKS's NPP.
 * Scope and permissions live in the services (payments:read / payments:write).
 */
import '@fastify/multipart';
import { z } from 'zod';
import { todayIn } from '../clock/clock';
import { DomainError } from '../domain/errors';
import type { Covered } from '../http/response-contract';
import { requireContext } from '../http/context';
import { errorSchema, type App, type RouteDeps } from '../http/types';
import { billingAlerts } from './billing-alerts.service';
import { listNotifications, markNotificationRead } from './billing-reminders.service';
import { setNpp } from './payment-npp.service';
import { SCAN_LIMIT_BYTES } from './payment-scan';
import { attachScan } from './payment-scan.service';
import { downloadScan, getPayment, listPaymentsOf } from './payment-views.service';
import { recordPayment, reversePayment } from './payments.service';
import { realisationFor } from './realisation.service';
import * as s from './payments.schemas';

const tags = ['billing'];
const _covered: [Covered<ReturnType<typeof getPayment>, typeof s.paymentSchema>, Covered<ReturnType<typeof realisationFor>, typeof s.realisationSchema>,
  Covered<ReturnType<typeof recordPayment>, typeof s.recordedPayment>, Covered<ReturnType<typeof billingAlerts>, typeof s.alertsSchema>] = [true, true, true, true];

export function paymentsRoutes(app: App, { db, config, clock }: RouteDeps) {
  const base = '/api/v1/tenants/:code';
  const todayOf = (request: { params: { code: string } }) => todayIn(clock, request.params.code);

  app.get(`${base}/agreements/:id/payments`, {
    schema: { tags, summary: 'SP2D payments of a PKS in recording order, reversed ones included', params: s.idParams, response: { 200: z.object({ items: z.array(s.paymentSchema) }) } },
  }, async (request) => listPaymentsOf(db, requireContext(request), request.params.code, request.params.id));

  app.post(`${base}/agreements/:id/payments`, {
    schema: {
      tags, summary: 'Record an SP2D: allocated oldest due first (or to the picked bills); the rest is credit for the next bill',
      description: 'Idempotent by SP2D number per PKS. Refusals: PAYMENT_SP2D_CONFLICT (409), PAYMENT_BILL_NOT_OF_PKS, PAYMENT_DATE_FUTURE.',
      params: s.idParams, body: s.paymentBody, response: { 200: s.recordedPayment, 409: errorSchema },
    },
  }, async (request) => recordPayment(db, requireContext(request), request.params.code, request.params.id, request.body, todayOf(request), { dataDir: config.dataDir }));

  app.get(`${base}/payments/:id`, {
    schema: { tags, summary: 'One payment with what it paid when recorded (the receipt) and its reversal', params: s.idParams, response: { 200: s.paymentSchema } },
  }, async (request) => getPayment(db, requireContext(request), request.params.code, request.params.id));

  app.get(`${base}/payments/:id/scan`, {
    schema: { tags, summary: 'The stored SP2D scan (PDF, JPEG or PNG)', params: s.idParams },
  }, async (request, reply) => {
    const file = await downloadScan(db, requireContext(request), request.params.code, request.params.id, config.dataDir);
    return reply.type(file.contentType).header('content-disposition', `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]|"/g, '_')}"`).send(file.body);
  });

  app.post(`${base}/payments/:id/scan`, {
    schema: {
      tags, summary: 'Attach the SP2D scan to a payment (multipart field "file": PDF, JPEG or PNG by content, at most 10 MB)',
      description: 'The same scan again changes nothing; another one replaces it (audited). Refusal: PAYMENT_SCAN_INVALID (400).',
      params: s.idParams, consumes: ['multipart/form-data'], response: { 200: s.attachedScan },
    },
  }, async (request) => {
    const ctx = requireContext(request);
    const invalid = () => new DomainError('PAYMENT_SCAN_INVALID', 'invalid', { field: 'scan', maxMb: SCAN_LIMIT_BYTES / 1024 / 1024 });
    const file = await request.file({ limits: { fileSize: SCAN_LIMIT_BYTES, files: 1 }, throwFileSizeLimit: false });
    if (!file) throw invalid();
    const content = await file.toBuffer();
    if (file.file.truncated) throw invalid(); // too big: a translated 400 like a wrong type, not the plugin's 413
    return attachScan(db, ctx, request.params.code, request.params.id, { content, name: file.filename || 'sp2d' }, config.dataDir);
  });

  app.post(`${base}/payments/:id/reversal`, {
    schema: { tags, summary: 'Reverse a payment with a reason (kept, never deleted); its bills are outstanding again', params: s.idParams, body: s.reversalBody, response: { 200: s.reversalResult, 409: errorSchema } },
  }, async (request) => reversePayment(db, requireContext(request), request.params.code, request.params.id, request.body.reason));

  app.get(`${base}/agreements/:id/realisation`, {
    schema: { tags, summary: 'Budget realisation of a PKS (= `billing summary`) with the forecast and warnings', params: s.idParams, response: { 200: s.realisationSchema } },
  }, async (request) => realisationFor(db, requireContext(request), request.params.code, request.params.id, todayOf(request)));

  app.get(`${base}/billing/alerts`, {
    schema: { tags, summary: 'Open bills due within 7 days or overdue, most urgent first', params: s.tenantParams, response: { 200: s.alertsSchema } },
  }, async (request) => billingAlerts(db, requireContext(request), request.params.code, todayOf(request)));

  app.put(`${base}/agreements/:id/npp`, {
    schema: { tags, summary: "BPJS's employer number (NPP) of a PKS: receipt statements may name it", params: s.idParams, body: s.nppBody, response: { 200: s.nppResult } },
  }, async (request) => setNpp(db, requireContext(request), request.params.code, request.params.id, request.body.npp));

  app.get(`${base}/billing/notifications`, {
    schema: { tags, summary: "The Dinas's due-date reminders (newest first); ?unread=true for the unread ones", params: s.tenantParams, querystring: s.notificationsQuery, response: { 200: s.notificationsResponse } },
  }, async (request) => listNotifications(db, requireContext(request), request.params.code, !!request.query.unread));

  app.post(`${base}/billing/notifications/:id/read`, {
    schema: { tags, summary: 'Mark a reminder read', params: s.idParams, response: { 200: s.notificationSchema } },
  }, async (request) => markNotificationRead(db, requireContext(request), request.params.code, request.params.id));
}
