/**
 * GET /api/v1/reports/export: a report as a PDF or XLSX file (no JSON body: listed in
 * src/server/openapi-document.test.ts WITHOUT_JSON). Validation, scope, permission and the audit entry are
 * the service's (report-export.service.ts); the route names the file for the browser's download.
 */
import { z } from 'zod';
import { requireContext } from '../http/context';
import type { App, RouteDeps } from '../http/types';
import { exportReport, REPORT_FORMATS, REPORT_KINDS } from './report-export.service';

const exportQuery = z.object({
  report: z.enum(REPORT_KINDS),
  format: z.enum(REPORT_FORMATS),
  region: z.string().regex(/^(ID|\d{2}(\.\d{2})?)$/, 'ID, kode provinsi (NN) atau kabupaten/kota (NN.NN)').optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'TTTT-BB').optional(),
});

/** RFC 6266: an ASCII fallback plus the UTF-8 name. */
const attachment = (filename: string) =>
  `attachment; filename="${filename.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`;

export function reportExportRoutes(app: App, { db }: RouteDeps) {
  app.get('/api/v1/reports/export', {
    schema: {
      tags: ['reports'], querystring: exportQuery,
      summary: 'A report as PDF (A4, kop surat, charts, sources, page numbers) or XLSX (typed cells): coverage, budget or claims of the nation, a province or a regency; the monthly report to the Bupati of a regency',
    },
  }, async (request, reply) => {
    const file = await exportReport(db, requireContext(request), request.query);
    return reply.type(file.contentType).header('content-disposition', attachment(file.filename)).send(file.content);
  });
}
