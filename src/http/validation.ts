/**
 * Zod validation for Fastify with messages in the caller's language: the validator keeps the raw issues,
 * and the error handler renders them with zod's own Indonesian or English locale.
 */
import type { FastifySchemaCompiler } from 'fastify';
import { z, type ZodType } from 'zod';
import { en, id } from 'zod/v4/locales';
import type { Lang } from '../i18n/messages';

export class RequestValidationError extends Error {
  constructor(readonly issues: z.core.$ZodIssue[], readonly part: string) {
    super('VALIDATION');
  }
}

export const validatorCompiler: FastifySchemaCompiler<ZodType> = ({ schema, httpPart }) => (data) => {
  const result = schema.safeParse(data, { reportInput: true });
  return result.success ? { value: result.data } : { error: new RequestValidationError(result.error.issues, httpPart ?? 'body') };
};

const locales = { id: id().localeError, en: en().localeError };

export function renderIssues(issues: z.core.$ZodIssue[], lang: Lang) {
  return issues.map((issue) => {
    const rendered = locales[lang](issue as unknown as z.core.$ZodRawIssue);
    const message = typeof rendered === 'string' ? rendered : (rendered?.message ?? issue.message);
    return { path: issue.path.map(String).join('.'), message };
  });
}
