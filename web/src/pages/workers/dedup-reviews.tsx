// Tinjauan duplikat: the queue of possible duplicates, pending first; decided pairs stay readable.
import { Center, Pagination, SegmentedControl, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/current-user';
import { ErrorAlert } from '../../components/error-alert';
import { PageLoader } from '../../components/page-loader';
import { hasPermission } from '../../lib/auth';
import { useDedupReviews } from './workers.api';
import type { ReviewStatus } from './workers.types';
import { ReviewPair } from './review-pair';

export function DedupReviews({ tenant }: { tenant: string }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [status, setStatus] = useState<ReviewStatus>('pending');
  const [page, setPage] = useState(1);
  const reviews = useDedupReviews(tenant, status, page);
  const pages = Math.max(1, Math.ceil((reviews.data?.total ?? 0) / 10));
  return (
    <>
      <Text c="dimmed" fz="sm" mb="sm" maw={900}>{t('workers.reviews.intro')}</Text>
      <SegmentedControl mb="md" value={status} onChange={(value) => { setStatus(value as ReviewStatus); setPage(1); }}
        data={(['pending', 'merged', 'kept'] as const).map((s) => ({ value: s, label: t(`workers.reviews.statuses.${s}`) }))} />
      {reviews.isPending && <PageLoader />}
      {reviews.isError && <ErrorAlert error={reviews.error} onRetry={() => void reviews.refetch()} />}
      {reviews.data?.items.length === 0 && <Text c="dimmed">{t('workers.reviews.empty')}</Text>}
      {reviews.data?.items.map((r) => <ReviewPair key={r.id} tenant={tenant} review={r} canDecide={hasPermission(user, 'workers:approve')} />)}
      {pages > 1 && <Center><Pagination value={page} onChange={setPage} total={pages} /></Center>}
    </>
  );
}
