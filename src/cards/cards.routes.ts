/**
 * Participant cards: `/api/v1/tenants/:code/cards/…` (PDF, signed in, scoped like the registry) and the
 * public card check — `GET /v/<token>` (the QR link: minimal HTML for a phone, no login) and
 * `GET /api/v1/card-checks/<token>` (the same answer as JSON). The public routes are rate-limited per IP.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { todayIn } from '../clock/clock';
import { requireContext } from '../http/context';
import type { App, RouteDeps } from '../http/types';
import { errorSchema, tenantCodeParam } from '../http/types';
import type { Lang } from '../i18n/messages';
import { renderVerifyPage } from './card-verify-page';
import { checkCard } from './card-verify.service';
import { cardSheet, participantCard, type CardFile } from './cards.service';

const tags = ['cards'];
/** A person at the door scans once; this leaves room for a desk checking a queue, not for scraping. */
const PUBLIC_LIMIT = { max: 30, timeWindow: '1 minute' };
// a wildcard, not `:token`: Fastify caps a named parameter at 100 characters and a token is ~160
const tokenParam = z.object({ '*': z.string().max(400) });

const attachment = (filename: string) => `attachment; filename="${filename.replace(/[^\x20-\x7e]|"/g, '_')}"`;

const checkSchema = z.object({
  valid: z.boolean(), reason: z.enum(['valid', 'not-yet', 'ended', 'pending', 'inactive', 'unknown']), checkedOn: z.string(),
  person: z.object({ maskedName: z.string(), regencyName: z.string(), coverageFrom: z.string().nullable(), coverageTo: z.string() }).nullable(),
});

export function cardsRoutes(app: App, { db, config, clock }: RouteDeps) {
  const setup = (request: FastifyRequest, tenantCode: string) => ({
    dataDir: config.dataDir, today: todayIn(clock, tenantCode), baseUrl: config.publicUrl ?? `${request.protocol}://${request.host}`,
  });
  const sendPdf = (file: CardFile, reply: FastifyReply) =>
    reply.type('application/pdf').header('content-disposition', attachment(file.filename)).send(file.content);

  app.get('/api/v1/tenants/:code/cards/participations/:id', {
    schema: { tags, summary: 'The card of one active participation (PDF, ID-1 size, QR link to the live check); audit-logged', params: z.object({ code: tenantCodeParam, id: z.coerce.number().int().positive() }) },
  }, async (request, reply) => sendPdf(await participantCard(db, requireContext(request), request.params.code, request.params.id, setup(request, request.params.code)), reply));

  app.get('/api/v1/tenants/:code/cards/sheet', {
    schema: {
      tags, summary: 'A4 sheets of 8 cards: the active participants of a village or an OPD (PDF); audit-logged',
      params: z.object({ code: tenantCodeParam }),
      querystring: z.object({ villageCode: z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/).optional(), opdId: z.coerce.number().int().positive().optional() })
        .refine((q) => (q.villageCode === undefined) !== (q.opdId === undefined), { message: 'villageCode atau opdId (salah satu)' }),
    },
  }, async (request, reply) => {
    const { villageCode, opdId } = request.query;
    const filter = villageCode !== undefined ? { villageCode } : { opdId: opdId! };
    return sendPdf(await cardSheet(db, requireContext(request), request.params.code, filter, setup(request, request.params.code)), reply);
  });

  app.get('/api/v1/card-checks/*', {
    config: { rateLimit: PUBLIC_LIMIT },
    schema: { tags, summary: 'Public: is this card valid now? (live status, name partly masked; no login)', params: tokenParam, response: { 200: checkSchema, 429: errorSchema } },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return checkCard(db, config.dataDir, request.params['*'], clock, request.ip);
  });

  app.get('/v/*', {
    config: { rateLimit: PUBLIC_LIMIT },
    schema: { tags, summary: 'Public: the card check page a QR code opens (HTML, Bahasa Indonesia; ?lang=en)', params: tokenParam, querystring: z.object({ lang: z.enum(['id', 'en']).optional() }) },
  }, async (request, reply) => {
    const lang: Lang = request.query.lang ?? request.lang;
    const check = await checkCard(db, config.dataDir, request.params['*'], clock, request.ip);
    return reply.type('text/html; charset=utf-8')
      .header('cache-control', 'no-store').header('referrer-policy', 'no-referrer').header('x-robots-tag', 'noindex')
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'")
      .send(renderVerifyPage(check, lang, `/v/${encodeURIComponent(request.params['*'])}`));
  });
}
