/**
 * The public self-service API (issue #15; no login): `POST /api/v1/public/coverage` (NIK + KPJ, mother's
 * name or one-time code), `POST /api/v1/public/coverage/otp` (always 202) and `POST /api/v1/public/claims/status`
 * (heirs). POST keeps the NIK out of URLs and access logs; like every POST they need `X-Requested-With:
 * lindung`. A refusal for too many tries is a translated 429 with `Retry-After`.
 */
import type { FastifyReply } from 'fastify';
import { DomainError } from '../domain/errors';
import type { Covered } from '../http/response-contract';
import type { App, RouteDeps } from '../http/types';
import { errorSchema } from '../http/types';
import { followClaim } from './claim-status.service';
import { requestCode } from './code-request.service';
import { checkCoverage, type PublicCaller, type SecondFactor } from './coverage-check.service';
import * as s from './self-service.schemas';

const tags = ['self-service'];
/** An outer, in-memory cap per address in front of the database throttles (which hold the 5-per-NIK rule). */
const OUTER_LIMIT = { max: 60, timeWindow: '1 minute' };

const _coverage: Covered<ReturnType<typeof checkCoverage>, typeof s.coverageAnswer> = true;
const _claim: Covered<ReturnType<typeof followClaim>, typeof s.claimStatusAnswer> = true;
void _coverage; void _claim;

/** A 429 carries `Retry-After` (seconds), as RFC 9110 asks, besides the translated message. */
async function answering<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T> {
  reply.header('cache-control', 'no-store');
  try {
    return await work();
  } catch (e) {
    if (e instanceof DomainError && e.kind === 'too_many' && typeof e.details.retryAfterSeconds === 'number') {
      reply.header('retry-after', String(e.details.retryAfterSeconds));
    }
    throw e;
  }
}

export function selfServiceRoutes(app: App, { db, config, clock }: RouteDeps) {
  const caller = (ip: string): PublicCaller => ({ dataDir: config.dataDir, clock, ip });

  app.post('/api/v1/public/coverage', {
    config: { rateLimit: OUTER_LIMIT },
    schema: {
      tags, summary: 'Public: am I covered? NIK + one second factor (KPJ, mother\'s maiden name or one-time code); every miss is the same {found:false}',
      body: s.coverageBody, response: { 200: s.coverageAnswer, 400: errorSchema, 429: errorSchema },
    },
  }, async (request, reply) => answering(reply, () => {
    const { nik, kpj, motherName, otp } = request.body;
    const factor: SecondFactor = kpj !== undefined ? { kpj } : motherName !== undefined ? { motherName } : { otp: otp! };
    return checkCoverage(db, caller(request.ip), nik, factor);
  }));

  app.post('/api/v1/public/coverage/otp', {
    config: { rateLimit: OUTER_LIMIT },
    schema: {
      tags, summary: 'Public: send a one-time code to the phone the registry holds for this NIK; 202 whether or not one was sent',
      body: s.codeBody, response: { 202: s.codeAccepted, 400: errorSchema, 429: errorSchema },
    },
  }, async (request, reply) => answering(reply, async () => {
    await requestCode(db, caller(request.ip), request.body.nik, request.lang, (e) => request.log.warn({ err: e }, 'one-time code not sent'));
    return reply.status(202).send({ accepted: true as const });
  }));

  app.post('/api/v1/public/claims/status', {
    config: { rateLimit: OUTER_LIMIT },
    schema: {
      tags, summary: 'Public: an heir follows a claim (claim number + the deceased\'s NIK + the heir\'s NIK): status, missing documents, deadlines',
      body: s.claimStatusBody, response: { 200: s.claimStatusAnswer, 400: errorSchema, 429: errorSchema },
    },
  }, async (request, reply) => answering(reply, () => followClaim(db, caller(request.ip), request.body, request.lang)));
}
