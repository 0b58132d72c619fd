/**
 * Text a request may not carry into the database, checked once for every body, query and path before
 * any route schema runs: NUL (PostgreSQL text cannot hold it, 22021), other C0 control characters except
 * tab, CR and LF (invisible, and they break CSV/XLSX exports), and lone UTF-16 surrogates (not valid
 * Unicode; the audit JSON refuses them, 22P02). One walk here instead of a rule on every string field.
 */
import type { z } from 'zod';

// eslint-disable-next-line no-control-regex -- these control characters are exactly what is refused
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The reason code of a string that may not be stored, or null when it is fine. */
export function unstorableTextCode(text: string): 'TEXT_CONTROL_CHAR' | 'TEXT_LONE_SURROGATE' | null {
  if (CONTROL.test(text)) return 'TEXT_CONTROL_CHAR';
  if (LONE_SURROGATE.test(text)) return 'TEXT_LONE_SURROGATE';
  return null;
}

/** Zod-shaped issues (code `custom`, the reason in `params.code`) for every offending string or key. */
export function findUnstorableText(data: unknown, path: PropertyKey[] = [], issues: z.core.$ZodIssue[] = [], depth = 0): z.core.$ZodIssue[] {
  if (issues.length >= 20 || depth > 64) return issues;
  const add = (code: string | null, at: PropertyKey[]) => {
    if (code) issues.push({ code: 'custom', path: at, message: code, params: { code }, input: undefined } as z.core.$ZodIssue);
  };
  if (typeof data === 'string') add(unstorableTextCode(data), path);
  else if (Array.isArray(data)) data.forEach((v, i) => findUnstorableText(v, [...path, i], issues, depth + 1));
  else if (data !== null && typeof data === 'object' && !Buffer.isBuffer(data)) {
    for (const [key, value] of Object.entries(data)) {
      add(unstorableTextCode(key), [...path, key]);
      findUnstorableText(value, [...path, key], issues, depth + 1);
    }
  }
  return issues;
}
