// A background job while it runs — an upload being checked, or an approval entering a batch into the
// registry — polled from the job endpoint: its phase and percent, and for an upload the rows, rate and time
// left (an approval's one INSERT cannot count rows, so it only moves from phase to phase). Hands the
// result over once when the job succeeds, or shows why it failed in the user's language.
import { Card, Group, Progress, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { ApiError } from '../../lib/api';
import { useFormat } from '../../lib/use-format';
import { useJob } from './imports.api';
import type { ImportJobResult } from './imports.types';

export type JobKind = 'import' | 'approve';

const IMPORT_PHASES = ['reading', 'dedup', 'fuzzy', 'done'] as const;
const APPROVAL_PHASES = ['waiting', 'duplicates', 'registering', 'recording', 'done'] as const;
const isOneOf = <T extends string>(list: readonly T[], value: string | null): value is T => (list as readonly (string | null)[]).includes(value);

/** Words for one kind of job: its title, its current phase, and the heading of its failure. */
function useJobWords(kind: JobKind) {
  const { t } = useTranslation();
  if (kind === 'approve') {
    return {
      title: t('imports.approvalJob.title'), failed: t('imports.approvalJob.failed'),
      phase: (p: string | null) => (isOneOf(APPROVAL_PHASES, p) ? t(`imports.approvalJob.phases.${p}`) : ''),
    };
  }
  return {
    title: t('imports.job.title'), failed: t('imports.job.failed'),
    phase: (p: string | null) => (isOneOf(IMPORT_PHASES, p) ? t(`imports.job.phases.${p}`) : ''),
  };
}

interface Props<R> {
  tenant: string;
  jobId: number;
  kind?: JobKind;
  onDone: (result: R | null) => void;
}

export function JobProgress<R = ImportJobResult>({ tenant, jobId, kind = 'import', onDone }: Props<R>) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const words = useJobWords(kind);
  const job = useJob<R>(tenant, jobId);
  const data = job.data;
  const isReported = useRef(false); // a re-render with a new onDone must not report the same job twice

  useEffect(() => {
    if (data?.status !== 'succeeded' || isReported.current) return;
    isReported.current = true;
    onDone(data.result);
  }, [data, onDone]);

  if (job.isError) return <ErrorAlert error={job.error} />;
  if (data?.status === 'failed') {
    return <ErrorAlert title={words.failed} error={new ApiError(422, data.error?.code ?? 'JOB_FAILED', data.error?.message ?? '')} />;
  }
  const testId = `${kind}-job`;
  const processed = f.number(data?.processed ?? 0);
  return (
    <Card withBorder padding="lg" mb="lg" data-testid={testId}>
      <Title order={4} mb="xs">{words.title}</Title>
      <Text fz="sm" c="dimmed" mb="xs" data-testid={`${testId}-phase`}>{words.phase(data?.phase ?? null)}</Text>
      <Progress value={data?.percent ?? 0} size="lg" striped animated aria-label={words.title} mb="xs" />
      <Group gap="lg" fz="sm">
        <Text fz="sm" fw={600} data-testid={`${testId}-percent`}>{`${(data?.percent ?? 0).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'id-ID')}%`}</Text>
        {kind === 'import' && (
          <>
            <Text fz="sm">{data?.total ? t('imports.job.rows', { processed, total: f.number(data.total) }) : t('imports.job.rowsUnknown', { processed })}</Text>
            {data?.rowsPerSecond != null && <Text fz="sm">{t('imports.job.speed', { rate: f.number(data.rowsPerSecond) })}</Text>}
            {data?.etaSeconds != null && data.status === 'running' && <Text fz="sm">{t('imports.job.eta', { seconds: f.number(data.etaSeconds) })}</Text>}
          </>
        )}
        {kind === 'approve' && <Text fz="xs" c="dimmed">{t('imports.approvalJob.hint')}</Text>}
      </Group>
    </Card>
  );
}
