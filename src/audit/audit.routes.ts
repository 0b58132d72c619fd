/** /api/v1/audit: the audit log (auditor, admin), newest first, scoped to the caller's tenants. */
import { z } from 'zod';
import type { App, RouteDeps } from '../http/types';
import { requireContext } from '../http/context';
import { listAuditLog } from './audit.service';
import type { Covered } from '../http/response-contract';

const entry = z.object({
  id: z.number().int(), at: z.string(), actor: z.string().nullable(), action: z.string(), entity: z.string(),
  entityId: z.string().nullable(), tenantCode: z.string().nullable(), ip: z.string().nullable(), details: z.record(z.string(), z.unknown()),
});
const _covered: Covered<ReturnType<typeof listAuditLog>, z.ZodArray<typeof entry>> = true;

export function auditRoutes(app: App, { db }: RouteDeps) {
  app.get('/api/v1/audit', {
    schema: {
      tags: ['audit'], summary: 'Audit log entries',
      querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50), before: z.coerce.number().int().optional() }),
      response: { 200: z.object({ items: z.array(entry) }) },
    },
  }, async (request) => ({ items: await listAuditLog(db, requireContext(request), request.query) }));
}
