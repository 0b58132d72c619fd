/** /api/v1/audit: the audit log (auditor, admin), newest first, scoped to the caller's tenants. */
import { z } from 'zod';
import type { App, RouteDeps } from '../http/types';
import { requireContext } from '../http/context';
import { listAuditLog } from './audit.service';

export function auditRoutes(app: App, { db }: RouteDeps) {
  app.get('/api/v1/audit', {
    schema: {
      tags: ['audit'], summary: 'Audit log entries',
      querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50), before: z.coerce.number().int().optional() }),
    },
  }, async (request) => ({ items: await listAuditLog(db, requireContext(request), request.query) }));
}
