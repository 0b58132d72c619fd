/**
 * Billing documents over HTTP: a bill as PDF, its lines as XLSX, a payment's receipt as PDF. File answers
 * (no JSON body: listed in src/server/openapi-document.test.ts WITHOUT_JSON); scope, permission and the
 * audit entry are the services' (bill-documents.service.ts, receipt.service.ts).
 */
import { z } from 'zod';
import { requireContext } from '../http/context';
import type { App, RouteDeps } from '../http/types';
import { tenantCodeParam } from '../http/types';
import { exportBillLinesXlsx, exportBillPdf } from './bill-documents.service';
import { exportReceiptPdf } from './receipt.service';

const tags = ['billing'];
const idParams = z.object({ code: tenantCodeParam, id: z.coerce.number().int().positive() });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** RFC 6266: an ASCII fallback plus the UTF-8 name. */
const attachment = (filename: string) =>
  `attachment; filename="${filename.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`;

export function billFilesRoutes(app: App, { db }: RouteDeps) {
  const base = '/api/v1/tenants/:code';
  app.get(`${base}/bills/:id/bill.pdf`, { schema: { tags, summary: 'A bill as PDF (kop surat, summary per OPD or village, terbilang, legal basis)', params: idParams } },
    async (request, reply) => {
      const file = await exportBillPdf(db, requireContext(request), request.params.code, request.params.id);
      return reply.type('application/pdf').header('content-disposition', attachment(file.filename)).send(file.content);
    });
  app.get(`${base}/bills/:id/lines.xlsx`, { schema: { tags, summary: 'Every line of a bill as XLSX (base, rates, amounts, rule ids)', params: idParams } },
    async (request, reply) => {
      const file = await exportBillLinesXlsx(db, requireContext(request), request.params.code, request.params.id);
      return reply.type(XLSX).header('content-disposition', attachment(file.filename)).send(file.content);
    });
  app.get(`${base}/payments/:id/receipt.pdf`, { schema: { tags, summary: 'The receipt of an SP2D payment as PDF (allocation to bills, credit)', params: idParams } },
    async (request, reply) => {
      const file = await exportReceiptPdf(db, requireContext(request), request.params.code, request.params.id);
      return reply.type('application/pdf').header('content-disposition', attachment(file.filename)).send(file.content);
    });
}
