/**
 * The backup file: gzip of plain text, readable with `zcat`. A first line names the format, a second
 * carries the header (migrations, sequences, tables), then one section per table — `@table {json}`, the
 * rows in PostgreSQL's COPY text format (one row per line; newlines and backslashes inside values are
 * escaped, so a line `\.` can only be the end of a section) — and a closing `@end {json}` with the counts,
 * which tells a complete file from one cut short.
 */
import type { SequenceValue, TableColumns } from './backup.repository';

export const MAGIC = 'LINDUNG-BACKUP 1';
export const END_OF_TABLE = '\\.';

export interface BackupHeader {
  createdAt: string;
  migrations: string[];
  sequences: SequenceValue[];
  tables: TableColumns[];
}

export interface BackupTotals { tables: number; rows: number }

export const tableLine = (t: TableColumns) => `@table ${JSON.stringify(t)}`;
export const endLine = (totals: BackupTotals) => `@end ${JSON.stringify(totals)}`;

export function parseTagged<T>(line: string, tag: '@table' | '@end'): T | undefined {
  if (!line.startsWith(`${tag} `)) return undefined;
  return JSON.parse(line.slice(tag.length + 1)) as T;
}

export const copyColumns = (t: TableColumns) => `${quoteIdent(t.name)} (${t.columns.map(quoteIdent).join(', ')})`;

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
