import { Button, Card, Center, Group, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { PageLoader } from '../../components/page-loader';
import { useFormat } from '../../lib/use-format';
import { DateField } from '../../components/date-field';
import { auditXlsxUrl, useAuditLog, type AuditEntry, type AuditFilter } from './audit.api';

function AuditRow({ entry }: { entry: AuditEntry }) {
  const format = useFormat();
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(entry.at)}</Table.Td>
      <Table.Td>{entry.actor ?? '—'}</Table.Td>
      <Table.Td data-testid="audit-summary">{entry.summary}</Table.Td>
      <Table.Td>{[entry.entity, entry.entityId].filter((part) => part !== null && part !== '').join(' #') || '—'}</Table.Td>
      <Table.Td>{entry.tenantCode ?? '—'}</Table.Td>
      <Table.Td ff="monospace" fz="xs">{entry.ip ?? '—'}</Table.Td>
      <Table.Td maw={320}>
        {entry.changes.map((line) => <Text key={line} fz="xs" lineClamp={1} title={line}>{line}</Text>)}
      </Table.Td>
    </Table.Tr>
  );
}

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState<AuditFilter>({ actor: '', action: '', entityId: '', from: '' });
  const log = useAuditLog(filter, i18n.language);
  const field = (key: keyof AuditFilter) => ({
    value: filter[key], 'data-testid': `audit-filter-${key}`,
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => { const value = e.currentTarget.value; setFilter((f) => ({ ...f, [key]: value })); },
  });
  const entries = log.data?.pages.flat() ?? [];
  return (
    <>
      <PageHeader title={t('nav.audit')} />
      <Group mb="md" align="end">
        <TextInput label={t('audit.actor')} placeholder={t('audit.filterActor')} {...field('actor')} />
        <TextInput label={t('audit.action')} placeholder={t('audit.filterAction')} {...field('action')} />
        <TextInput label={t('audit.entity')} placeholder={t('audit.filterRecord')} {...field('entityId')} />
        <DateField label={t('audit.from')} clearable value={filter.from || null} data-testid="audit-filter-from"
          onChange={(value) => setFilter((f) => ({ ...f, from: value ?? '' }))} />
        <Button component="a" href={auditXlsxUrl(filter)} variant="default" data-testid="audit-xlsx">{t('audit.export')}</Button>
      </Group>
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
