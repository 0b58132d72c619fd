/**
 * /api/v1/tenants/:code/participants — participants (peserta) with their lifecycle — and
 * /api/v1/tenants/:code/enrolment/… — assignment within quota, waitlist, BPJS registration batches and
 * their files, the non-active report, BPJS's answer (multipart). Scoped like the registry; exports and
 * views of personal data are audit-logged by the services.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import '@fastify/multipart';
import { z } from 'zod';
import { todayIn } from '../clock/clock';
import { DomainError } from '../domain/errors';
import { requireContext } from '../http/context';
import { errorSchema, type App, type RouteDeps } from '../http/types';
import { answerErrorSheet, getAnswer, importAnswer, listAnswers } from './enrolment-answer.service';
import { enrol, groupCounts, setWaitlistOrder, waitlist } from './enrolment-assign.service';
import { createNonActiveBatch, createRegistrationBatch, exportBatch, getBatch, listBatches, listTemplates } from './enrolment-exchange.service';
import { endParticipation } from './enrolment-lifecycle.service';
import { getParticipant, listParticipants } from './enrolment.service';
import * as s from './enrolment.schemas';

const tags = ['enrolment'];
const attachment = (filename: string) => `attachment; filename="${filename.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`;

export function enrolmentRoutes(app: App, { db, config, clock }: RouteDeps) {
  const base = '/api/v1/tenants/:code';
  // today on the regency's own clock (WITA for Nagekeo): statuses follow the date
  const todayOf = (request: { params: { code: string } }) => todayIn(clock, request.params.code);

  app.get(`${base}/participants`, {
    schema: { tags, summary: 'Participants, filtered by NIK, PKS, group, status (as of today), OPD, village — scoped by role', params: s.tenantParams, querystring: s.participantsQuery, response: { 200: s.participantsResponse } },
  }, async (request) => listParticipants(db, requireContext(request), request.params.code, request.query, todayOf(request)));

  app.get(`${base}/participants/:id`, {
    schema: { tags, summary: 'One participation with its full history', params: s.idParams, querystring: z.object({ revealNik: s.participantsQuery.shape.revealNik }), response: { 200: s.participantDetail } },
  }, async (request) => getParticipant(db, requireContext(request), request.params.code, request.params.id, todayOf(request), !!request.query.revealNik));

  app.post(`${base}/participants/:id/end`, {
    schema: { tags, summary: 'End a participation (covered through that day; the slot is free from the next)', params: s.idParams, body: s.endBody, response: { 200: s.participantDetail } },
  }, async (request) => endParticipation(db, requireContext(request), request.params.code, request.params.id, request.body, todayOf(request)));

  app.post(`${base}/enrolment/enrol`, {
    schema: {
      tags, summary: "Enrol the registry's eligible members (or hand-picked persons) into a PKS's groups within the free quota",
      description: 'Refusals: ENROL_QUOTA_EXCEEDED {quota, active, asked}; ENROL_ACTIVE_ELSEWHERE {regency}.',
      params: s.tenantParams, body: s.enrolBody, response: { 200: s.enrolResponse, 409: errorSchema },
    },
  }, async (request) => enrol(db, requireContext(request), request.params.code, request.body, todayOf(request)));

  app.get(`${base}/agreements/:id/enrolment-groups`, {
    schema: { tags, summary: "A PKS's groups: quota, taken, waiting, free (on today clamped into the PKS period)", params: s.idParams, response: { 200: s.groupsResponse } },
  }, async (request) => groupCounts(db, requireContext(request), request.params.code, request.params.id, todayOf(request)));

  app.get(`${base}/enrolment/waitlist`, {
    schema: { tags, summary: 'Eligible members waiting for a slot, in the order the setting gives', params: s.tenantParams, querystring: s.waitlistQuery, response: { 200: s.waitlistResponse } },
  }, async (request) => waitlist(db, requireContext(request), request.params.code, request.query, todayOf(request)));

  app.put(`${base}/enrolment/settings`, {
    schema: { tags, summary: 'Waitlist order: welfare decile then registration date, or registration date only', params: s.tenantParams, body: s.settingsBody, response: { 200: s.settingsBody } },
  }, async (request) => setWaitlistOrder(db, requireContext(request), request.params.code, request.body.waitlistOrder));

  app.get(`${base}/enrolment/templates`, {
    schema: { tags, summary: 'BPJS exchange templates (versioned; unconfirmed layouts are marked)', params: s.tenantParams, response: { 200: s.templatesResponse } },
  }, async (request) => listTemplates(db, requireContext(request), request.params.code));

  app.get(`${base}/enrolment/batches`, {
    schema: { tags, summary: 'Registration and non-active batches, newest first', params: s.tenantParams, response: { 200: z.object({ items: z.array(s.batchSchema) }) } },
  }, async (request) => listBatches(db, requireContext(request), request.params.code));

  app.post(`${base}/enrolment/batches`, {
    schema: { tags, summary: 'Submit every calon of a PKS in a new registration batch', params: s.tenantParams, body: s.batchCreateBody, response: { 200: s.batchSchema, 409: errorSchema } },
  }, async (request) => createRegistrationBatch(db, requireContext(request), request.params.code, request.body.agreementId));

  app.get(`${base}/enrolment/batches/:id`, {
    schema: { tags, summary: 'One batch', params: s.idParams, response: { 200: s.batchSchema } },
  }, async (request) => getBatch(db, requireContext(request), request.params.code, request.params.id));

  app.get(`${base}/enrolment/batches/:id/export`, {
    schema: { tags, summary: "The batch's file in its template's layout (XLSX or CSV)", params: s.idParams, querystring: s.exportQuery },
  }, async (request, reply) => {
    const file = await exportBatch(db, requireContext(request), request.params.code, request.params.id, request.query.format, todayOf(request));
    return reply.type(file.contentType).header('content-disposition', attachment(file.fileName)).header('x-lindung-template', file.template).send(file.body);
  });

  app.post(`${base}/enrolment/non-active-export`, {
    schema: { tags, summary: 'Report every ended participation not yet reported (a non-active batch; download it via batches/:id/export)', params: s.tenantParams, response: { 200: s.batchSchema } },
  }, async (request) => createNonActiveBatch(db, requireContext(request), request.params.code));

  app.post(`${base}/enrolment/answers`, {
    schema: { tags, summary: "Upload BPJS's answer (multipart field \"file\", CSV or XLSX); the same file again changes nothing", params: s.tenantParams, consumes: ['multipart/form-data'], response: { 200: s.answerResult } },
  }, async (request) => {
    const ctx = requireContext(request);
    const file = await request.file({ limits: { fileSize: config.uploadLimit, files: 1 } });
    if (!file) throw new DomainError('IMPORT_FILE_REQUIRED', 'invalid', { field: 'file' });
    const dir = path.join(config.dataDir, 'uploads');
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const spooled = path.join(dir, `${randomUUID()}.answer`);
    try {
      await pipeline(file.file, fs.createWriteStream(spooled, { mode: 0o600 }));
      if (file.file.truncated) throw new app.multipartErrors.RequestFileTooLargeError();
      return await importAnswer(db, ctx, request.params.code, { path: spooled, name: path.basename(file.filename || 'jawaban') });
    } finally {
      await fs.promises.rm(spooled, { force: true });
    }
  });

  app.get(`${base}/enrolment/answers`, {
    schema: { tags, summary: "BPJS's answers, newest first", params: s.tenantParams, response: { 200: z.object({ items: z.array(s.answerResult.extend({ createdAt: z.string(), createdBy: z.string().nullable() })) }) } },
  }, async (request) => listAnswers(db, requireContext(request), request.params.code));

  app.get(`${base}/enrolment/answers/:id`, {
    schema: { tags, summary: 'One answer with every row and its outcome', params: s.idParams, response: { 200: s.answerDetail } },
  }, async (request) => getAnswer(db, requireContext(request), request.params.code, request.params.id, request.lang));

  app.get(`${base}/enrolment/answers/:id/errors.xlsx`, {
    schema: { tags, summary: 'The rows of an answer that did nothing (unmatched, invalid, duplicate) with their reason', params: s.idParams },
  }, async (request, reply) => {
    const sheet = await answerErrorSheet(db, requireContext(request), request.params.code, request.params.id, request.lang);
    return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').header('content-disposition', attachment(sheet.fileName)).send(sheet.body);
  });
}
