/**
 * /api/v1/tenants/:code/imports — upload a CSV/XLSX (multipart field `file`, ≤ 100 MB) as a staged batch
 * (a job to poll at /jobs/:jobId), review it (view, rows, error sheet), approve it (also a job) or discard it.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import '@fastify/multipart';
import { DomainError } from '../domain/errors';
import { requireContext } from '../http/context';
import { errorSchema, type App, type RouteDeps } from '../http/types';
import { batchSchema, batchParams, listQuery, rowsQuery, rowsResponse, tenantParams, uploadQuery, uploadResponse, approveResponse } from './imports.schemas';
import { getImportBatch, listImportRows, openErrorSheet } from './import-review.service';
import { uploadsDir } from './upload-spool';
import { assertMayImport, discardBatch, listImportBatches, startApproval, startImport } from './imports.service';
import { z } from 'zod';
import type { Covered } from '../http/response-contract';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const _covered: [
  Covered<ReturnType<typeof listImportBatches>, z.ZodArray<typeof batchSchema>>, Covered<ReturnType<typeof getImportBatch>, typeof batchSchema>,
  Covered<ReturnType<typeof listImportRows>, typeof rowsResponse>, Covered<ReturnType<typeof discardBatch>, z.ZodObject<{ batchId: z.ZodNumber; status: z.ZodLiteral<'discarded'> }>>,
] = [true, true, true, true];

export function importsRoutes(app: App, { db, config }: RouteDeps) {
  app.post('/api/v1/tenants/:code/imports', {
    schema: {
      tags: ['imports'], summary: 'Upload a CSV/XLSX (multipart field "file") to stage as a batch; poll the job',
      description: '202 with jobId: poll GET /api/v1/tenants/{code}/jobs/{jobId}; its result holds {summary, reused, dryRun}. 200 with reused=true: the same file was already imported for this group and scope.',
      params: tenantParams, querystring: uploadQuery, consumes: ['multipart/form-data'], response: { 200: uploadResponse, 202: uploadResponse },
    },
  }, async (request, reply) => {
    const ctx = requireContext(request);
    const { code } = request.params;
    const q = request.query;
    // scope and permission before a single byte of the upload is stored
    await assertMayImport(db, ctx, code, q.group, q.opdId ?? null, q.villageCode ?? null);
    const file = await request.file({ limits: { fileSize: config.uploadLimit, files: 1 } });
    if (!file) throw new DomainError('IMPORT_FILE_REQUIRED', 'invalid', { field: 'file' });
    const dir = uploadsDir(config.dataDir);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const spooled = path.join(dir, `${randomUUID()}.upload`);
    const hash = createHash('sha256');
    const remove = () => fs.promises.rm(spooled, { force: true });
    try {
      await pipeline(file.file, new Transform({ transform(chunk, _e, done) { hash.update(chunk); done(null, chunk); } }), fs.createWriteStream(spooled, { mode: 0o600 }));
      // over the limit the stream is cut short and flagged: refuse (413), keep nothing
      if (file.file.truncated) throw new app.multipartErrors.RequestFileTooLargeError();
    } catch (e) {
      await remove();
      throw e;
    }
    // refused before its job starts (an empty file, a scope change): the file holds NIKs, it goes now
    const started = await startImport(db, ctx, {
      tenantCode: code, group: q.group, filePath: spooled, fileName: path.basename(file.filename || 'upload'), sheet: q.sheet,
      opdId: q.opdId ?? null, villageCode: q.villageCode ?? null, dryRun: q.dryRun, sha256: hash.digest('hex'),
    }, remove).catch(async (e: unknown) => { await remove(); throw e; });
    if ('outcome' in started) return reply.status(200).send({ jobId: null, batchId: started.outcome.summary.batchId, reused: true, summary: started.outcome.summary });
    // the job row records a failure for the poller; the queue logs one that is not a refusal
    return reply.status(202).send({ jobId: started.id, batchId: null, reused: false, summary: null });
  });

  app.get('/api/v1/tenants/:code/imports', {
    schema: { tags: ['imports'], summary: 'Import batches, newest first (an OPD/village operator sees its own)', params: tenantParams, querystring: listQuery, response: { 200: z.object({ items: z.array(batchSchema) }) } },
  }, async (request) => ({ items: await listImportBatches(db, requireContext(request), request.params.code, request.query, request.lang) }));

  app.get('/api/v1/tenants/:code/imports/:id', { schema: { tags: ['imports'], summary: 'One batch: counts, columns, notes, status', params: batchParams, response: { 200: batchSchema } } },
    async (request) => getImportBatch(db, requireContext(request), request.params.code, request.params.id, request.lang));

  app.get('/api/v1/tenants/:code/imports/:id/rows', {
    schema: {
      tags: ['imports'], summary: 'Staged rows with reasons and warnings (keyset paging on rowNo)', description: '410 once the retention purge has removed the rows (the batch view gives rowsPurgedAt).',
      params: batchParams, querystring: rowsQuery, response: { 200: rowsResponse, 410: errorSchema },
    },
  }, async (request) => listImportRows(db, requireContext(request), request.params.code, request.params.id, request.query, request.lang));

  app.get('/api/v1/tenants/:code/imports/:id/errors.xlsx', {
    schema: {
      tags: ['imports'], summary: 'The error sheet: rejected and duplicate rows with an "alasan" column', description: '410 once the retention purge has removed the rows.',
      params: batchParams, querystring: z.object({ lang: z.enum(['id', 'en']).optional() }),
    },
  }, async (request, reply) => {
    const sheet = await openErrorSheet(db, requireContext(request), request.params.code, request.params.id, request.query.lang ?? 'id');
    const out = new PassThrough();
    sheet.write(out).catch((e) => out.destroy(e));
    return reply.type(XLSX).header('content-disposition', `attachment; filename="${encodeURIComponent(sheet.fileName)}"`).send(out);
  });

  app.post('/api/v1/tenants/:code/imports/:id/approve', {
    schema: {
      tags: ['imports'], summary: 'Approve a staged batch into the registry (dinas; all-or-nothing; idempotent); poll the job',
      description: '202 with jobId: poll GET /api/v1/tenants/{code}/jobs/{jobId} (kind "import.approve"; phase waiting → duplicates → registering → recording, then done); '
        + 'its result holds {…summary, status, alreadyApproved, registered}, or its error the code of the failure (nothing registered). '
        + '200 with alreadyApproved=true and that result: the batch was approved before, nothing changed. '
        + 'Refusals answer at once and start no job: 403 (no permission, or IMPORT_SELF_APPROVAL: the uploader), 404, 409 IMPORT_NOT_STAGED (discarded).',
      params: batchParams, response: { 200: approveResponse, 202: approveResponse, 403: errorSchema, 404: errorSchema, 409: errorSchema },
    },
  }, async (request, reply) => {
    const { code, id } = request.params;
    const started = await startApproval(db, requireContext(request), code, id);
    if ('result' in started) return reply.status(200).send({ jobId: null, batchId: id, alreadyApproved: true, result: started.result });
    // the job row records a failure for the poller; the queue logs one that is not a refusal
    return reply.status(202).send({ jobId: started.id, batchId: id, alreadyApproved: false, result: null });
  });

  app.post('/api/v1/tenants/:code/imports/:id/discard', {
    schema: { tags: ['imports'], summary: 'Discard a staged batch (its rows are deleted)', params: batchParams, response: { 200: z.object({ batchId: z.number(), status: z.literal('discarded') }) } },
  }, async (request) => discardBatch(db, requireContext(request), request.params.code, request.params.id));
}

