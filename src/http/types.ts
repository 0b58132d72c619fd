/** The Fastify instance type every `*.routes.ts` receives: Zod schemas give validation, types and OpenAPI. */
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Clock } from '../clock/clock';
import type { Db } from '../db/database';
import type { Config } from '../config/config';

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

export interface RouteDeps { db: Db; config: Config; clock: Clock }

export const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    requestId: z.string().optional(),
  }),
});

export const tenantCodeParam = z.string().regex(/^\d{2}\.\d{2}$/, 'kode kabupaten/kota: NN.NN');
