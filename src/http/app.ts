/**
 * Assembles the HTTP server: plugins (cookies, rate limits, OpenAPI, sessions), every capability's
 * routes, the web app with its SPA fallback, and the error handler. Routes call services only.
 */
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler } from 'fastify-type-provider-zod';
import type { Config } from '../config/config';
import type { Db } from '../db/database';
import { errorBody, handleError } from './errors';
import { sessionPlugin } from './session.plugin';
import type { App, RouteDeps } from './types';
import { validatorCompiler } from './validation';
import { routeModules } from './routes';

export interface AppOptions { db: Db; config: Config; logger?: FastifyServerOptions['logger'] }

export async function buildApp({ db, config, logger = false }: AppOptions): Promise<App> {
  const app = Fastify({ logger, bodyLimit: config.bodyLimit }).withTypeProvider() as unknown as App;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);

  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Lindung API', version: '1', description: 'Perlindungan pekerja — BPJS Ketenagakerjaan programme management' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(sessionPlugin, { db });

  const deps: RouteDeps = { db, config };
  for (const register of routeModules) register(app, deps);

  registerWebApp(app, config.webDist);
  return app;
}

/** Serves the built web app; any non-API path that is not a file gets index.html (client-side routes). */
function registerWebApp(app: App, webDist: string) {
  const hasWeb = fs.existsSync(path.join(webDist, 'index.html'));
  if (hasWeb) app.register(fastifyStatic, { root: webDist, wildcard: false, index: 'index.html' });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !hasWeb || request.method !== 'GET')
      return reply.status(404).send(errorBody('ROUTE_NOT_FOUND', request.lang ?? 'id'));
    return reply.type('text/html').sendFile('index.html');
  });
}
