/**
 * Zod validation for Fastify with messages in the caller's language: the validator keeps the raw issues,
 * and the error handler renders them with zod's own Indonesian or English locale (or, for a reason of our
 * own carried as `params.code`, the message catalogue). Text the database cannot store is refused here,
 * before any schema runs, for every part of every request.
 */
import type { FastifySchemaCompiler } from 'fastify';
import { z, type ZodType } from 'zod';
import { en, id } from 'zod/v4/locales';
import { hasMessage, translate, type Lang } from '../i18n/messages';
import { findUnstorableText } from './request-text';
import './http.messages';

export class RequestValidationError extends Error {
  constructor(readonly issues: z.core.$ZodIssue[], readonly part: string) {
    super('VALIDATION');
  }
}

export const validatorCompiler: FastifySchemaCompiler<ZodType> = ({ schema, httpPart }) => (data) => {
  const unstorable = findUnstorableText(data);
  if (unstorable.length) return { error: new RequestValidationError(unstorable, httpPart ?? 'body') };
  const result = schema.safeParse(data, { reportInput: true });
  return result.success ? { value: result.data } : { error: new RequestValidationError(result.error.issues, httpPart ?? 'body') };
};

const locales = { id: id().localeError, en: en().localeError };

export function renderIssues(issues: z.core.$ZodIssue[], lang: Lang) {
  return issues.map((issue) => {
    const params = issue.code === 'custom' ? (issue.params as Record<string, unknown> | undefined) : undefined;
    if (typeof params?.code === 'string' && hasMessage(params.code)) return { path: issue.path.map(String).join('.'), message: translate(params.code, lang, params) };
    const rendered = locales[lang](issue as unknown as z.core.$ZodRawIssue);
    const message = typeof rendered === 'string' ? rendered : (rendered?.message ?? issue.message);
    return { path: issue.path.map(String).join('.'), message };
  });
}
