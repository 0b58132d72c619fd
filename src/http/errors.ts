/**
 * The one place error codes become HTTP statuses and translated messages. 5xx never carry internals:
 * the client sees a generic message and a request id; the log has the stack.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type ErrorKind } from '../domain/errors';
import { hasMessage, translate, type Lang } from '../i18n/messages';
import { RequestValidationError, renderIssues } from './validation';
import './http.messages';

/** The one mapping from an error's kind to its HTTP status (docs/errors.md is generated with it). */
export const STATUS: Record<ErrorKind, number> = {
  invalid: 400, unauthenticated: 401, forbidden: 403, not_found: 404, gone: 410, conflict: 409, too_many: 429,
};

export interface ErrorBody { error: { code: string; message: string; fields?: { path: string; message: string }[]; requestId?: string } }

export function errorBody(code: string, lang: Lang, details: Record<string, unknown> = {}): ErrorBody {
  const message = translate(code, lang, details);
  const field = typeof details.field === 'string' ? details.field : undefined;
  return { error: { code, message, ...(field ? { fields: [{ path: field, message }] } : {}) } };
}

/**
 * PostgreSQL refusing a value the caller sent (class 22 data exceptions, class 23 integrity violations) is
 * bad input, never a server fault: a last line behind the validators, so one missed check gives a 4xx.
 */
function storeRefusal(error: Error): { status: number; code: string } | null {
  const { code, severity } = error as Error & { code?: unknown; severity?: unknown };
  if (typeof code !== 'string' || typeof severity !== 'string') return null;
  if (code === '23505') return { status: 409, code: 'CONFLICT' };
  if (code === '23503') return { status: 400, code: 'REFERENCE_UNKNOWN' };
  if (code.startsWith('22') || code.startsWith('23')) return { status: 400, code: 'VALIDATION' };
  return null;
}

export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  const lang = request.lang;
  if (error instanceof DomainError) return reply.status(STATUS[error.kind]).send(errorBody(error.code, lang, error.details));
  if (error instanceof RequestValidationError) {
    const body = errorBody('VALIDATION', lang);
    body.error.fields = renderIssues(error.issues, lang).map((f) => ({ ...f, path: f.path || error.part }));
    return reply.status(400).send(body);
  }
  const fe = error as FastifyError;
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.status(413).send(errorBody('BODY_TOO_LARGE', lang));
  if (fe.statusCode === 429) return reply.status(429).send(errorBody('RATE_LIMITED', lang, { after: fe.message }));
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    // Fastify's own client errors (malformed JSON, wrong content type): say so without internals
    const code = hasMessage(fe.code) ? fe.code : 'VALIDATION';
    return reply.status(fe.statusCode).send(errorBody(code, lang));
  }
  const stored = storeRefusal(error);
  if (stored) {
    // the input should have been refused at validation: log it to be fixed there, answer as a client error
    request.log.warn({ err: error }, 'input refused by the database, not by validation');
    return reply.status(stored.status).send(errorBody(stored.code, lang));
  }
  request.log.error({ err: error }, 'unhandled error');
  const body = errorBody('INTERNAL', lang);
  body.error.requestId = request.id;
  return reply.status(500).send(body);
}
