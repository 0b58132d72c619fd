// Impor Data (issue #5): upload a list as it is, watch it being checked, review every row's fate, download
// the error sheet, and — for a dinas officer other than the uploader — approve it into the registry.
// The open job and batch live in the URL (?job=…, ?batch=…), so a reload or a shared link keeps them.
import { Alert, Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useCurrentUser } from '../../app/current-user';
import { PageHeader } from '../../components/page-header';
import { BatchPanel } from './batch-panel';
import type { ImportJobResult, UploadAnswer } from './imports.types';
import { useBatchRefresh } from './imports.api';
import { JobProgress } from './job-progress';
import { RecentBatches } from './recent-batches';
import { UploadForm } from './upload-form';

const numberParam = (value: string | null) => (value && /^\d+$/.test(value) ? Number(value) : null);

export function ImportsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const jobId = numberParam(params.get('job'));
  const batchId = numberParam(params.get('batch'));
  const isReused = params.get('reused') === '1';
  const tenant = user.tenantCode;

  const openBatch = useCallback((id: number | null) => setParams(id === null ? {} : { batch: String(id) }, { replace: true }), [setParams]);
  const refresh = useBatchRefresh(tenant ?? '');
  // the new batch joins "Batch terakhir" at once, not after a reload
  const openStaged = useCallback((result: ImportJobResult | null) => { void refresh(); openBatch(result?.summary?.batchId ?? null); }, [openBatch, refresh]);
  const onUploaded = (answer: UploadAnswer) => {
    if (answer.jobId !== null) setParams({ job: String(answer.jobId) });
    else if (answer.batchId !== null) setParams({ batch: String(answer.batchId), reused: '1' });
  };

  return (
    <>
      <PageHeader title={t('nav.imports')} />
      <Text c="dimmed" mb="lg" maw={900}>{t('imports.intro')}</Text>
      {tenant && (
        <>
          <UploadForm tenant={tenant} onUploaded={onUploaded} />
          {jobId !== null && batchId === null && <JobProgress key={jobId} tenant={tenant} jobId={jobId} onDone={openStaged} />}
          {isReused && batchId !== null && <Alert color="blue" variant="light" mb="md">{t('imports.upload.reused')}</Alert>}
          {batchId !== null && <BatchPanel key={batchId} tenant={tenant} id={batchId} onClose={() => openBatch(null)} />}
          <RecentBatches tenant={tenant} onOpen={openBatch} />
        </>
      )}
    </>
  );
}
