import { Button, Card, Center, Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { PageLoader } from '../../components/page-loader';
import { useFormat } from '../../lib/use-format';
import { useAuditLog, type AuditEntry } from './audit.api';

function detailsText(details: unknown): string {
  if (details === null || details === undefined) return '';
  if (typeof details === 'object' && Object.keys(details).length === 0) return '';
  return typeof details === 'string' ? details : JSON.stringify(details);
}

function AuditRow({ entry }: { entry: AuditEntry }) {
  const format = useFormat();
  const details = detailsText(entry.details);
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(entry.at)}</Table.Td>
      <Table.Td>{entry.actor ?? '—'}</Table.Td>
      <Table.Td><Code>{entry.action}</Code></Table.Td>
      <Table.Td>{[entry.entity, entry.entityId].filter((part) => part !== null && part !== '').join(' #') || '—'}</Table.Td>
      <Table.Td>{entry.tenantCode ?? '—'}</Table.Td>
      <Table.Td ff="monospace" fz="xs">{entry.ip ?? '—'}</Table.Td>
      <Table.Td maw={320}>
        {details && <Text fz="xs" ff="monospace" lineClamp={2} title={details}>{details}</Text>}
      </Table.Td>
    </Table.Tr>
  );
}

export function AuditPage() {
  const { t } = useTranslation();
  const log = useAuditLog();
  const entries = log.data?.pages.flat() ?? [];
  return (
    <>
      <PageHeader title={t('nav.audit')} />
      {log.isPending && <PageLoader />}
      {log.isError && <ErrorAlert error={log.error} onRetry={() => void log.refetch()} />}
      {log.isSuccess && (
        <Card withBorder padding={0}>
          <Table.ScrollContainer minWidth={900}>
            <Table striped verticalSpacing="xs" horizontalSpacing="md" data-testid="audit-table">
              <Table.Thead>
                <Table.Tr>
                  {(['at', 'actor', 'action', 'entity', 'tenant', 'ip', 'details'] as const).map((column) => (
                    <Table.Th key={column}>{t(`audit.${column}`)}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((entry) => <AuditRow key={entry.id} entry={entry} />)}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Center p="md">
            {log.hasNextPage ? (
              <Button variant="light" onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage}>
                {t('common.loadMore')}
              </Button>
            ) : (
              <Text c="dimmed" fz="sm">{entries.length === 0 ? t('common.noData') : t('audit.end')}</Text>
            )}
          </Center>
        </Card>
      )}
    </>
  );
}
