// One batch under review: where it came from and how its columns were read, its counts reconciled, the
// decision buttons, and its rows with their reasons — or, once the retention purge removed them, when.
import { Alert, Badge, Card, CloseButton, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { PageLoader } from '../../components/page-loader';
import { useFormat } from '../../lib/use-format';
import { BatchActions } from './batch-actions';
import { BatchRows } from './batch-rows';
import { BatchStatusBadge } from './batch-status-badge';
import { BatchSummaryView } from './batch-summary';
import { useBatch } from './imports.api';
import type { Batch } from './imports.types';

function BatchHeader({ batch, onClose }: { batch: Batch; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const file = batch.file;
  const format = [file.format.toUpperCase(), file.sheet, file.encoding, file.delimiter && `"${file.delimiter}"`].filter(Boolean).join(' · ');
  return (
    <>
      <Group justify="space-between" align="flex-start" mb="xs">
        <div>
          <Group gap="sm">
            <Title order={4} data-testid="batch-title">{t('imports.batch.title', { id: batch.batchId, file: file.name })}</Title>
            <BatchStatusBadge status={batch.status} />
            <Badge variant="outline">{t(`imports.upload.groups.${batch.group}`)}</Badge>
          </Group>
          <Text fz="sm" c="dimmed">
            {t('imports.batch.uploadedBy', { by: batch.createdBy ?? '—', at: f.dateTime(batch.createdAt) })}
            {batch.decidedAt && ` · ${t('imports.batch.decidedBy', { status: t(`imports.status.${batch.status}`), by: batch.decidedBy ?? '—', at: f.dateTime(batch.decidedAt) })}`}
          </Text>
        </div>
        <CloseButton aria-label={t('imports.batch.close')} onClick={onClose} />
      </Group>
      <Text fz="sm" mb={4}><b>{t('imports.batch.format')}:</b> {format}</Text>
      <Group gap={6} mb="xs">
        <Text fz="sm" fw={700}>{t('imports.batch.columns')}:</Text>
        {batch.columns.map((c) => <Badge key={c.field} variant="light" tt="none">{c.header} → {c.label}</Badge>)}
      </Group>
      {batch.unknownColumns.length > 0 && (
        <Text fz="sm" c="dimmed" mb="xs">{t('imports.batch.unknownColumns')}: {batch.unknownColumns.join(', ')}</Text>
      )}
      {batch.notes.map((n) => <Alert key={n.code} color="yellow" variant="light" mb="xs">{n.message}</Alert>)}
    </>
  );
}

export function BatchPanel({ tenant, id, onClose }: { tenant: string; id: number; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const batch = useBatch(tenant, id);
  if (batch.isPending) return <PageLoader />;
  if (batch.isError) return <ErrorAlert error={batch.error} onRetry={() => void batch.refetch()} />;
  const b = batch.data;
  const approval = b.approval;
  return (
    <Card withBorder padding="lg" mb="lg" data-testid="batch-panel">
      <BatchHeader batch={b} onClose={onClose} />
      <BatchSummaryView summary={b} />
      {approval && (
        <Alert color="teal" variant="light" mb="md" data-testid="batch-registered">
          {t('imports.summary.registered', { persons: approval.persons ?? 0, memberships: approval.memberships ?? 0, reviews: approval.reviews ?? 0 })}
        </Alert>
      )}
      <BatchActions batch={b} />
      {b.rowsPurgedAt ? (
        <Alert color="gray" variant="light" data-testid="batch-rows-purged">{t('imports.batch.rowsPurged', { date: f.date(b.rowsPurgedAt) })}</Alert>
      ) : <BatchRows batch={b} />}
    </Card>
  );
}
