/** /api/v1/tenants/:code/jobs/:id — poll a background job (progress, then result or error). */
import { z } from 'zod';
import { requireContext } from '../http/context';
import type { App, RouteDeps } from '../http/types';
import { tenantCodeParam } from '../http/types';
import { getJob } from './jobs.service';
import type { Covered } from '../http/response-contract';

export const jobSchema = z.object({
  id: z.number(), kind: z.string(), status: z.enum(['running', 'succeeded', 'failed']), phase: z.string().nullable(),
  processed: z.number(), total: z.number().nullable(), percent: z.number(), rowsPerSecond: z.number().nullable(),
  etaSeconds: z.number().nullable(), result: z.record(z.string(), z.unknown()).nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  createdBy: z.string().nullable(), createdAt: z.string(), updatedAt: z.string(), finishedAt: z.string().nullable(),
});

const _covered: Covered<ReturnType<typeof getJob>, typeof jobSchema> = true;

export function jobsRoutes(app: App, { db }: RouteDeps) {
  app.get('/api/v1/tenants/:code/jobs/:id', {
    schema: {
      tags: ['jobs'], summary: 'A background job: progress (percent, rows/s, ETA), then its result or error',
      params: z.object({ code: tenantCodeParam, id: z.coerce.number().int() }), response: { 200: jobSchema },
    },
  }, async (request) => getJob(db, requireContext(request), request.params.code, request.params.id, request.lang));
}
