/**
 * Typed domain errors. Domain and service code throws `DomainError(code, details)`; only the HTTP layer
 * maps a code to a status, and only the i18n catalogue (src/i18n) turns a code into words (id, en).
 */
import type { domainMessages } from './domain.messages';
import type { nikMessages } from './nik.messages';

/** `gone`: the record exists but its content was deliberately removed (e.g. staged rows past retention). */
export type ErrorKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'gone' | 'conflict' | 'too_many';

/**
 * Every code a DomainError may carry. Each catalogue of messages (`*.messages.ts`, `i18n/messages.ts`)
 * adds its codes by declaration merging, so a code without words (id, en) does not compile.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ErrorCodeRegistry extends Record<DomainErrorCode, true> {}
export type ErrorCode = keyof ErrorCodeRegistry & string;
/** The pure domain's own codes (their words: domain.messages.ts, nik.messages.ts). */
export type DomainErrorCode = keyof typeof domainMessages | keyof typeof nikMessages | 'NOT_FOUND' | 'PERIOD_INVALID' | 'WAGE_UMP_UNKNOWN';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
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
