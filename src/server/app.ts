/**
 * Assembles the HTTP server: plugins (security headers, strict JSON, cookies, rate limits, OpenAPI,
 * sessions), every capability's routes, the web app with its SPA fallback, the error handler, and (for `serve`) the periodic
 * housekeeping. Routes call services only.
 */
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler } from 'fastify-type-provider-zod';
import { systemClock, type Clock } from '../clock/clock';
import type { Config } from '../config/config';
import type { Db } from '../db/database';
import { DomainError } from '../domain/errors';
import { attachJobQueue } from '../jobs/queue.plugin';
import { scheduleAuditSeal } from '../jobs/audit-seal.schedule';
// registers the daily backup task of the queue's schedules (src/jobs/schedules.ts)
import '../backup/backup-rotation.service';
// registers the monthly billing run (src/billing/billing-schedule.service.ts)
import '../billing/billing-schedule.service';
import { errorBody, handleError } from '../http/errors';
import { registerStrictJsonParser } from '../http/json-body';
import { registerSecurityHeaders, swaggerCsp } from '../http/security-headers';
import { sessionPlugin } from './session.plugin';
import type { App, RouteDeps } from '../http/types';
import { validatorCompiler } from '../http/validation';
import { routeModules } from './routes';

export interface AppOptions {
  db: Db;
  config: Config;
  logger?: FastifyServerOptions['logger'];
  /** The declared schedules (src/jobs/schedules.ts: the daily import-row purge). Off for test apps, whose
   * data a background run would change under them; `lindung serve` turns it on. */
  runsSchedules?: boolean;
  /** Where "now" comes from (tests pin a day with `fixedClock`). */
  clock?: Clock;
}

export async function buildApp({ db, config, logger = false, runsSchedules = false, clock = systemClock }: AppOptions): Promise<App> {
  const app = Fastify({ logger, bodyLimit: config.bodyLimit }).withTypeProvider() as unknown as App;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  registerStrictJsonParser(app);

  await registerSecurityHeaders(app, { behindHttps: config.secureCookies });
  await app.register(cookie);
  // uploads (imports): streamed, never buffered; the per-file limit is enforced while reading
  await app.register(multipart, { limits: { fileSize: config.uploadLimit } });
  await app.register(rateLimit, {
    global: false,
    // a translated 429 that says when to retry (the plugin's own text is English only)
    errorResponseBuilder: (_request, context) => new DomainError('RATE_LIMITED', 'too_many', { after: context.after }),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Lindung API', version: '1', description: 'Perlindungan pekerja — BPJS Ketenagakerjaan programme management' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true, transformStaticCSP: swaggerCsp });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(sessionPlugin, { db, clock });

  const deps: RouteDeps = { db, config, clock };
  for (const register of routeModules) register(app, deps);
  attachJobQueue(app, db, { config, runsSchedules, clock });
  if (runsSchedules) scheduleAuditSeal(app, db);

  await registerWebApp(app, config.webDist);
  return app;
}

/**
 * Serves the built web app. Client-side routes (no file extension) get index.html, never cached so a new
 * build is picked up; hashed assets are immutable. A missing asset is a real 404, not index.html — a
 * stale page asking for an old bundle must fail visibly rather than receive HTML as JavaScript.
 */
async function registerWebApp(app: App, webDist: string) {
  const hasWeb = fs.existsSync(path.join(webDist, 'index.html'));
  const notFound = (request: FastifyRequest, reply: FastifyReply) =>
    reply.status(404).send(errorBody('ROUTE_NOT_FOUND', request.lang ?? 'id'));
  app.setNotFoundHandler(notFound);
  if (!hasWeb) return;
  await app.register(fastifyStatic, { root: webDist, serve: false, cacheControl: false });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    let pathname: string;
    try { pathname = decodeURIComponent(request.url.split('?')[0]!); } catch { return notFound(request, reply); }
    if (pathname.startsWith('/api/')) return notFound(request, reply);
    if (!path.extname(pathname)) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    const immutable = pathname.startsWith('/assets/');
    return reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache').sendFile(pathname.slice(1));
  });
}
