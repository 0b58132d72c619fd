/** /api/v1/audit: the audit log (auditor, admin), newest first, scoped to the caller's tenants. */
import { z } from 'zod';
import type { App, RouteDeps } from '../http/types';
import { requireContext } from '../http/context';
import { exportAuditLog, listAuditLog } from './audit.service';
import type { Covered } from '../http/response-contract';

const entry = z.object({
  id: z.number().int(), at: z.string(), actor: z.string().nullable(), action: z.string(), entity: z.string(),
  entityId: z.string().nullable(), tenantCode: z.string().nullable(), ip: z.string().nullable(), details: z.record(z.string(), z.unknown()),
  summary: z.string(), changes: z.array(z.string()),
});
const _covered: Covered<ReturnType<typeof listAuditLog>, z.ZodArray<typeof entry>> = true;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const filter = z.object({
  actor: z.string().max(100).optional(), action: z.string().max(100).optional(), entity: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(), tenantCode: z.string().max(13).optional(),
  from: z.iso.datetime({ offset: true }).optional(), to: z.iso.datetime({ offset: true }).optional(),
});

export function auditRoutes(app: App, { db, clock }: RouteDeps) {
  app.get('/api/v1/audit.xlsx', { schema: { tags: ['audit'], summary: 'The filtered audit log as XLSX (newest first; the export is audited)', querystring: filter.extend({ lang: z.enum(['id', 'en']).optional() }) } },
    async (request, reply) => {
      const { lang, ...query } = request.query;
      const file = await exportAuditLog(db, requireContext(request), query, lang ?? request.lang, clock.now());
      return reply.type(XLSX).header('content-disposition', `attachment; filename="${file.filename}"`).send(file.content);
    });
  app.get('/api/v1/audit', {
    schema: {
      tags: ['audit'], summary: 'Audit log entries',
      querystring: filter.extend({ limit: z.coerce.number().int().min(1).max(500).default(50), before: z.coerce.number().int().optional() }),
      response: { 200: z.object({ items: z.array(entry) }) },
    },
  }, async (request) => {
    const ctx = requireContext(request);
    return { items: await listAuditLog(db, ctx, request.query, request.lang) };
  });
}
