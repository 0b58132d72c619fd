/**
 * Reading calculator flags strictly: money and counts are plain integers (no separators, no decimals),
 * choices are checked against their list. A bad value is invalid input (exit 1, a coded error); a
 * missing or contradictory flag is a usage error (exit 2, see usageError).
 */
import { DomainError, type ErrorCode } from '../../domain/errors';
import { EXIT, printError, type OutputOptions } from '../output';

export function readRupiah(text: string, field: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value)) throw new DomainError('MONEY_INVALID', 'invalid', { field, value: text });
  return value;
}

export function readCount(text: string, field: string, code: ErrorCode): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value)) throw new DomainError(code, 'invalid', { field, value: text });
  return value;
}

export function readPercent(text: string, field: string): number {
  const value = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || value > 100) throw new DomainError('PERCENT_INVALID', 'invalid', { field, value: text });
  return value;
}

export function readChoice<T extends string>(text: string, choices: readonly T[], code: ErrorCode, field: string): T {
  if (!(choices as readonly string[]).includes(text)) throw new DomainError(code, 'invalid', { field, value: text });
  return text as T;
}

/** Prints the USAGE error (one JSON document with --json) and exits 2. */
export function usageError(opts: OutputOptions, detail: string): never {
  if (!opts.json) process.stderr.write(`${detail}\n`);
  printError(opts, 'USAGE');
  process.exit(EXIT.usage);
}
