/**
 * HTTP for a claim's heirs, checklist and documents. A document is uploaded as the raw request body
 * (a browser's fetch(file) and `curl --data-binary` both work, no multipart) whatever Content-Type it
 * declares: the service reads the type from the bytes. Downloads go out as attachments with the stored
 * type and checksum; the security headers' nosniff keeps a browser from guessing otherwise.
 */
import type { RouteDeps, App } from '../http/types';
import { requireContext } from '../http/context';
import type { Covered } from '../http/response-contract';
import { z } from 'zod';
import { claimChecklist } from './claim-documents.service';
import { CLAIM_DOCUMENT_LIMIT_BYTES, decideClaimDocument, readClaimDocument, uploadClaimDocument } from './claim-document-files.service';
import { addClaimHeir, listClaimHeirs, listHeirRelations, removeClaimHeir } from './claim-heirs.service';
import {
  checklistResponse, claimParams, decisionBody, documentMeta, documentParams, heirBody, heirParams, heirsQuery, heirsResponse, relationsResponse, uploadQuery,
} from './claim-documents.schemas';

const tags = ['claims'];
const base = '/api/v1/tenants/:code/claims/:id';

/** RFC 6266: an ASCII fallback plus the UTF-8 name. */
const attachment = (filename: string) =>
  `attachment; filename="${filename.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`;

const _heirs: Covered<ReturnType<typeof listClaimHeirs>, typeof heirsResponse> = true;
const _checklist: Covered<ReturnType<typeof claimChecklist>, typeof checklistResponse> = true;
const _upload: Covered<ReturnType<typeof uploadClaimDocument>, typeof documentMeta> = true;
const _relations: Covered<ReturnType<typeof listHeirRelations>, typeof relationsResponse.shape.items> = true;

export function claimDocumentsRoutes(app: App, { db, config }: RouteDeps) {
  app.get('/api/v1/claim-heir-relations', { schema: { tags, summary: 'Heir relations in their legal order (reference data)', response: { 200: relationsResponse } } },
    async () => ({ items: await listHeirRelations(db) }));

  app.get(`${base}/heirs`, {
    schema: { tags, summary: 'Heirs of a claim (NIK masked; revealNik=true shows it to roles with nik:full, audit-logged)', params: claimParams, querystring: heirsQuery, response: { 200: heirsResponse } },
  }, async (request) => listClaimHeirs(db, requireContext(request), request.params.code, request.params.id, !!request.query.revealNik));

  app.post(`${base}/heirs`, { schema: { tags, summary: 'Record an heir', params: claimParams, body: heirBody, response: { 201: z.object({ id: z.number() }) } } },
    async (request, reply) => reply.status(201).send(await addClaimHeir(db, requireContext(request), request.params.code, request.params.id, request.body)));

  app.delete(`${base}/heirs/:heirId`, { schema: { tags, summary: 'Remove an heir (not one a document names)', params: heirParams } }, async (request, reply) => {
    await removeClaimHeir(db, requireContext(request), request.params.code, request.params.id, request.params.heirId);
    return reply.status(204).send();
  });

  app.get(`${base}/checklist`, { schema: { tags, summary: 'Document checklist: what is required, held, verified and missing', params: claimParams, response: { 200: checklistResponse } } },
    async (request) => claimChecklist(db, requireContext(request), request.params.code, request.params.id));

  // The raw-body parser lives in its own scope: everywhere else JSON stays the only body type.
  app.register(async (scope: App) => {
    scope.removeAllContentTypeParsers();
    // A little over the limit, so the service (not the parser) answers the usual too-large case in words.
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: CLAIM_DOCUMENT_LIMIT_BYTES + 1024 * 1024 }, (_req, body, done) => done(null, body));
    scope.post(`${base}/documents`, {
      schema: { tags, summary: 'Upload a document (raw body; PDF, JPEG or PNG by content; ≤ 10 MB)', params: claimParams, querystring: uploadQuery, response: { 201: documentMeta } },
    }, async (request, reply) => {
      const content = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const { requirementCode, heirId, filename } = request.query;
      return reply.status(201).send(await uploadClaimDocument(db, config.dataDir, requireContext(request), request.params.code, request.params.id, { requirementCode, heirId, filename, content }));
    });
  });

  app.get(`${base}/documents/:documentId`, { schema: { tags, summary: 'Download a document (audit-logged)', params: documentParams } }, async (request, reply) => {
    const doc = await readClaimDocument(db, config.dataDir, requireContext(request), request.params.code, request.params.id, request.params.documentId);
    return reply.type(doc.contentType).header('content-disposition', attachment(doc.filename)).header('x-content-sha256', doc.sha256)
      .header('cache-control', 'private, no-store').send(doc.content);
  });

  app.post(`${base}/documents/:documentId/decision`, {
    schema: { tags, summary: 'Verify or reject a received document (Dinas)', params: documentParams, body: decisionBody, response: { 200: documentMeta } },
  }, async (request) => decideClaimDocument(db, requireContext(request), request.params.code, request.params.id, request.params.documentId, request.body));
}
