/**
 * Files of an agreement: attached PDF scans (uploaded as a raw `application/pdf` body, so a browser's
 * fetch(file) and `curl --data-binary` both work without multipart), the summary PDF and the plan XLSX.
 */
import { z } from 'zod';
import { requireContext } from '../http/context';
import type { App, RouteDeps } from '../http/types';
import { tenantCodeParam } from '../http/types';
import { attachDocument, DOCUMENT_LIMIT_BYTES, listDocuments, readDocument, removeDocument } from './agreement-documents.service';
import { exportAgreementPdf, exportPlanXlsx } from './agreement-exports.service';
import { documentMeta } from './agreements.responses';
import type { Covered } from '../http/response-contract';

const tags = ['agreements'];
const agreementParams = z.object({ code: tenantCodeParam, id: z.coerce.number().int() });
const documentParams = agreementParams.extend({ documentId: z.coerce.number().int() });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** RFC 6266: an ASCII fallback plus the UTF-8 name. */
const attachment = (filename: string) =>
  `attachment; filename="${filename.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`;

const _covered: Covered<ReturnType<typeof attachDocument>, typeof documentMeta> = true;

export function agreementFilesRoutes(app: App, { db }: RouteDeps) {
  const base = '/api/v1/tenants/:code/agreements/:id';
  app.get(`${base}/documents`, { schema: { tags, summary: 'Attached documents (metadata)', params: agreementParams, response: { 200: z.object({ items: z.array(documentMeta) }) } } },
    async (request) => ({ items: await listDocuments(db, requireContext(request), request.params.code, request.params.id) }));

  // The PDF body parser lives in its own scope: JSON stays the only body type everywhere else.
  app.register(async (scope: App) => {
    // A little over the limit, so the service (not the parser) answers the usual too-large case in words.
    scope.addContentTypeParser('application/pdf', { parseAs: 'buffer', bodyLimit: DOCUMENT_LIMIT_BYTES + 1024 * 1024 }, (_req, body, done) => done(null, body));
    scope.post(`${base}/documents`, {
      schema: { tags, summary: 'Attach a PDF (raw body, Content-Type: application/pdf, ≤ 10 MB)', params: agreementParams,
        querystring: z.object({ filename: z.string().min(1).max(300), title: z.string().trim().min(1).max(300).optional() }), response: { 201: documentMeta } },
    }, async (request, reply) => {
      const content = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const { filename, title } = request.query;
      return reply.status(201).send(await attachDocument(db, requireContext(request), request.params.code, request.params.id, { filename, title: title ?? filename, content }));
    });
  });

  app.get(`${base}/documents/:documentId`, { schema: { tags, summary: 'Download an attached document', params: documentParams } }, async (request, reply) => {
    const doc = await readDocument(db, requireContext(request), request.params.code, request.params.id, request.params.documentId);
    return reply.type(doc.contentType).header('content-disposition', attachment(doc.filename)).header('x-content-sha256', doc.sha256).send(doc.content);
  });
  app.delete(`${base}/documents/:documentId`, { schema: { tags, summary: 'Remove an attached document', params: documentParams } }, async (request, reply) => {
    await removeDocument(db, requireContext(request), request.params.code, request.params.id, request.params.documentId);
    return reply.status(204).send();
  });

  app.get(`${base}/summary.pdf`, { schema: { tags, summary: 'PKS summary PDF (kop surat, amounts with terbilang)', params: agreementParams } }, async (request, reply) => {
    const file = await exportAgreementPdf(db, requireContext(request), request.params.code, request.params.id, new Date());
    return reply.type('application/pdf').header('content-disposition', attachment(file.filename)).send(file.content);
  });
  app.get(`${base}/plan.xlsx`, { schema: { tags, summary: 'Plan vs budget as XLSX', params: agreementParams } }, async (request, reply) => {
    const file = await exportPlanXlsx(db, requireContext(request), request.params.code, request.params.id, new Date());
    return reply.type(XLSX).header('content-disposition', attachment(file.filename)).send(file.content);
  });
}
