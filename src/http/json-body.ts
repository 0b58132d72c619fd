/**
 * The JSON body parser: UTF-8 only, strictly. Fastify's default decodes invalid bytes to U+FFFD and
 * ignores a declared charset, so a latin1 "Café" or a broken byte became a silently changed name
 * (issue 16). Here a body declared in another charset answers 415 and one that is not valid UTF-8 400,
 * before any route sees it; parsing itself stays Fastify's (prototype-poisoning safe).
 */
import type { FastifyInstance } from 'fastify';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

class BodyEncodingError extends Error {
  constructor(readonly code: 'BODY_NOT_UTF8' | 'BODY_CHARSET_UNSUPPORTED', readonly statusCode: number) {
    super(code);
  }
}

/** The charset parameter of a Content-Type header, lower-cased, or null when none is declared. */
export function declaredCharset(contentType: string | undefined): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match ? match[1]!.toLowerCase() : null;
}

export function registerStrictJsonParser(app: FastifyInstance) {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const charset = declaredCharset(request.headers['content-type']);
    if (charset !== null && charset !== 'utf-8' && charset !== 'utf8') return done(new BodyEncodingError('BODY_CHARSET_UNSUPPORTED', 415), undefined);
    let text: string;
    try {
      text = strictUtf8.decode(body as Buffer);
    } catch {
      return done(new BodyEncodingError('BODY_NOT_UTF8', 400), undefined);
    }
    return parseJson(request, text, done);
  });
}
