// The batch's rows by kind: what was refused and why, what was accepted with a warning, what may be the
// same person as another row or a registered participant, and what was accepted.
import { Badge, Button, Card, Center, Table, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { PageLoader } from '../../components/page-loader';
import { useBatchRows } from './imports.api';
import type { Batch, Match, RowFilter, RowStatus, StagedRow } from './imports.types';
import { IssueCells } from './row-issues';

const FILTERS: RowFilter[] = ['problem', 'warning', 'fuzzy', 'accepted'];
const STATUS_COLOR: Record<RowStatus, string> = { accepted: 'teal', rejected: 'red', duplicate: 'orange' };

function countOf(batch: Batch, filter: RowFilter): number {
  if (filter === 'problem') return batch.rejected + batch.duplicates.inFile + batch.duplicates.inRegistry;
  if (filter === 'warning') return batch.warnings;
  if (filter === 'fuzzy') return batch.duplicates.fuzzy;
  return batch.accepted;
}

function MatchText({ match }: { match: Match }) {
  const { t } = useTranslation();
  const other = match.otherRow !== null ? t('imports.rows.otherRow', { row: match.otherRow }) : t('imports.rows.otherPerson', { id: match.otherPersonId });
  const signals = match.signals.map((s) => t(`imports.rows.signals.${s as 'name'}`, { defaultValue: s })).join(', ');
  return <Text fz="sm">{other} · {t('imports.rows.score', { score: `${Math.round(match.score * 100)}%` })} · {signals}</Text>;
}

function RowLine({ batch, row, filter }: { batch: Batch; row: StagedRow; filter: RowFilter }) {
  const { t } = useTranslation();
  const issues = filter === 'problem' ? row.reasons : row.warnings;
  return (
    <Table.Tr data-testid={`import-row-${row.rowNo}`}>
      <Table.Td ta="right">{row.rowNo}</Table.Td>
      <Table.Td miw={110}><Badge color={STATUS_COLOR[row.status]} variant="light">{t(`imports.rows.statuses.${row.status}`)}</Badge></Table.Td>
      <Table.Td ff="monospace" fz="sm" style={{ whiteSpace: 'nowrap' }}>{row.nik ?? '—'}</Table.Td>
      <Table.Td>{row.name ?? '—'}</Table.Td>
      {filter === 'fuzzy' && <Table.Td>{row.matches.map((m, i) => <MatchText key={i} match={m} />)}</Table.Td>}
      {filter !== 'fuzzy' && filter !== 'accepted' && <IssueCells batch={batch} issues={issues} color={filter === 'problem' ? 'red.9' : undefined} />}
    </Table.Tr>
  );
}

function RowsTable({ batch, filter }: { batch: Batch; filter: RowFilter }) {
  const { t } = useTranslation();
  const rows = useBatchRows(batch.tenantCode, batch.batchId, filter);
  const items = rows.data?.pages.flatMap((p) => p.items) ?? [];
  if (rows.isPending) return <PageLoader />;
  if (rows.isError) return <ErrorAlert error={rows.error} onRetry={() => void rows.refetch()} />;
  if (items.length === 0) return <Text c="dimmed" p="md">{t('imports.rows.none')}</Text>;
  const extra = filter === 'fuzzy' ? ['similar'] as const : filter === 'accepted' ? [] : ['column', 'reason'] as const;
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped verticalSpacing="xs" data-testid={`import-rows-${filter}`}>
        <Table.Thead>
          <Table.Tr>
            {(['row', 'status', 'nik', 'name', ...extra] as const).map((c) => <Table.Th key={c}>{t(`imports.rows.${c}`)}</Table.Th>)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{items.map((row) => <RowLine key={row.rowNo} batch={batch} row={row} filter={filter} />)}</Table.Tbody>
      </Table>
      {rows.hasNextPage && (
        <Center p="sm">
          <Button variant="light" onClick={() => void rows.fetchNextPage()} loading={rows.isFetchingNextPage}>{t('common.loadMore')}</Button>
        </Center>
      )}
    </Table.ScrollContainer>
  );
}

export function BatchRows({ batch }: { batch: Batch }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<RowFilter>(countOf(batch, 'problem') > 0 ? 'problem' : 'accepted');
  return (
    <Card withBorder padding={0}>
      <Tabs value={filter} onChange={(value) => value && setFilter(value as RowFilter)} keepMounted={false}>
        <Tabs.List px="sm">
          {FILTERS.map((f) => (
            <Tabs.Tab key={f} value={f} data-testid={`rows-tab-${f}`}
              rightSection={<Badge size="sm" variant="light" color="gray">{countOf(batch, f)}</Badge>}>
              {t(`imports.rows.tabs.${f}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {FILTERS.map((f) => <Tabs.Panel key={f} value={f}><RowsTable batch={batch} filter={f} /></Tabs.Panel>)}
      </Tabs>
    </Card>
  );
}
