// One staged row's issues as (column, reason) lines. The server prefixes each translated reason with the
// column as the file names it ("Tgl Lahir: …"); the column gets its own cell here, so the prefix goes.
import { Stack, Table, Text } from '@mantine/core';
import type { Batch, Issue } from './imports.types';

export function columnOf(batch: Batch, issue: Issue): string {
  if (!issue.column) return '—';
  const column = batch.columns.find((c) => c.field === issue.column);
  // a field the file has no column for (income defaulted to the minimum): the server's message names it
  // in words ("Penghasilan: …"); the raw key ("income") is never shown
  const named = /^([^:]{1,60}): /.exec(issue.message)?.[1];
  return column?.header || column?.label || named || '—';
}

function reasonOf(issue: Issue, column: string): string {
  const prefix = `${column}: `;
  return issue.message.startsWith(prefix) ? issue.message.slice(prefix.length) : issue.message;
}

/** Two cells: the columns, and the reasons, one line per issue so they stay side by side. */
export function IssueCells({ batch, issues, color }: { batch: Batch; issues: Issue[]; color?: string }) {
  const lines = issues.map((issue) => {
    const column = columnOf(batch, issue);
    return { column, reason: reasonOf(issue, column) };
  });
  return (
    <>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Stack gap={4}>{lines.map((l, i) => <Text key={i} fz="sm" fw={600}>{l.column}</Text>)}</Stack>
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>{lines.map((l, i) => <Text key={i} fz="sm" c={color} data-testid="row-reason">{l.reason}</Text>)}</Stack>
      </Table.Td>
    </>
  );
}
