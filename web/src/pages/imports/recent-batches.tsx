// The latest batches of the regency (an OPD or village operator sees its own), newest first.
import { Anchor, Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { PageLoader } from '../../components/page-loader';
import { useFormat } from '../../lib/use-format';
import { BatchStatusBadge } from './batch-status-badge';
import { useBatches } from './imports.api';

export function RecentBatches({ tenant, onOpen }: { tenant: string; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const list = useBatches(tenant);
  return (
    <Card withBorder padding={0}>
      <Title order={4} p="md" pb="xs">{t('imports.recent.title')}</Title>
      {list.isPending && <PageLoader />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data?.length === 0 && <Text c="dimmed" px="md" pb="md">{t('imports.recent.empty')}</Text>}
      {list.data && list.data.length > 0 && (
        <Table.ScrollContainer minWidth={800}>
          <Table striped highlightOnHover verticalSpacing="xs" data-testid="recent-batches">
            <Table.Thead>
              <Table.Tr>
                {(['id', 'file', 'group', 'uploaded', 'counts', 'status'] as const).map((c) => <Table.Th key={c}>{t(`imports.recent.${c}`)}</Table.Th>)}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((b) => (
                <Table.Tr key={b.batchId} data-testid={`recent-batch-${b.batchId}`}>
                  <Table.Td><Anchor component="button" onClick={() => onOpen(b.batchId)} data-testid={`open-batch-${b.batchId}`}>#{b.batchId}</Anchor></Table.Td>
                  <Table.Td maw={280}><Text fz="sm" truncate>{b.file.name}</Text></Table.Td>
                  <Table.Td fz="sm">{t(`imports.upload.groups.${b.group}`)}</Table.Td>
                  <Table.Td fz="sm">{f.dateTime(b.createdAt)} · {b.createdBy ?? '—'}</Table.Td>
                  <Table.Td fz="sm" ff="monospace">
                    {`${f.number(b.accepted)} / ${f.number(b.rejected)} / ${f.number(b.duplicates.inFile + b.duplicates.inRegistry)}`}
                  </Table.Td>
                  <Table.Td><BatchStatusBadge status={b.status} /></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
