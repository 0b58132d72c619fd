/** /api/health: is the server up and can it reach its database. */
import { sql } from 'kysely';
import { z } from 'zod';
import type { App, RouteDeps } from '../http/types';

export function healthRoutes(app: App, { db }: RouteDeps) {
  app.get('/api/health', {
    schema: { tags: ['health'], summary: 'Liveness and database check', response: { 200: z.object({ status: z.string(), database: z.string() }), 503: z.object({ status: z.string(), database: z.string() }) } },
  }, async (_request, reply) => {
    try {
      await sql`SELECT 1`.execute(db);
      return { status: 'ok', database: 'ok' };
    } catch {
      return reply.status(503).send({ status: 'degraded', database: 'unreachable' });
    }
  });
}
