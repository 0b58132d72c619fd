/**
 * Typed domain errors. Domain and service code throws `DomainError(code, details)`; only the HTTP layer
 * maps a code to a status, and only the i18n catalogue (src/i18n) turns a code into words (id, en).
 */
/** `gone`: the record exists but its content was deliberately removed (e.g. staged rows past retention). */
export type ErrorKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'gone' | 'conflict' | 'too_many';

export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly kind: ErrorKind = 'invalid',
    readonly details: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

/** A record that does not exist or lies outside the caller's scope: both answer the same way. */
export const notFound = (entity: string, id?: string | number) =>
  new DomainError('NOT_FOUND', 'not_found', { entity, id });
