// A staging job while it runs: phase, percent, rows per second and the time left, polled from the job
// endpoint; hands the batch over when done, or shows why the whole file was refused.
import { Card, Group, Progress, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { ApiError } from '../../lib/api';
import { useFormat } from '../../lib/use-format';
import { useJob } from './imports.api';

const PHASES = ['reading', 'dedup', 'fuzzy', 'done'] as const;
type Phase = (typeof PHASES)[number];
const isPhase = (value: string | null): value is Phase => (PHASES as readonly (string | null)[]).includes(value);

export function JobProgress({ tenant, jobId, onDone }: { tenant: string; jobId: number; onDone: (batchId: number | null) => void }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const job = useJob(tenant, jobId);
  const data = job.data;

  useEffect(() => {
    if (data?.status === 'succeeded') onDone(data.result?.summary?.batchId ?? null);
  }, [data, onDone]);

  if (job.isError) return <ErrorAlert error={job.error} />;
  if (data?.status === 'failed') {
    return <ErrorAlert title={t('imports.job.failed')} error={new ApiError(422, data.error?.code ?? 'IMPORT_FAILED', data.error?.message ?? '')} />;
  }
  const processed = f.number(data?.processed ?? 0);
  return (
    <Card withBorder padding="lg" mb="lg" data-testid="import-job">
      <Title order={4} mb="xs">{t('imports.job.title')}</Title>
      <Text fz="sm" c="dimmed" mb="xs">{isPhase(data?.phase ?? null) ? t(`imports.job.phases.${data!.phase as Phase}`) : ''}</Text>
      <Progress value={data?.percent ?? 0} size="lg" striped animated aria-label={t('imports.job.title')} mb="xs" />
      <Group gap="lg" fz="sm">
        <Text fz="sm" fw={600} data-testid="import-job-percent">{`${(data?.percent ?? 0).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'id-ID')}%`}</Text>
        <Text fz="sm">{data?.total ? t('imports.job.rows', { processed, total: f.number(data.total) }) : t('imports.job.rowsUnknown', { processed })}</Text>
        {data?.rowsPerSecond != null && <Text fz="sm">{t('imports.job.speed', { rate: f.number(data.rowsPerSecond) })}</Text>}
        {data?.etaSeconds != null && data.status === 'running' && <Text fz="sm">{t('imports.job.eta', { seconds: f.number(data.etaSeconds) })}</Text>}
      </Group>
    </Card>
  );
}
