// What can be done with a batch: download the error sheet; approve it (a dinas officer other than the
// uploader — maker-checker, four eyes); discard it while staged. Others see why they cannot approve.
// Approval runs on the server as a job: its progress shows here until it is done, then the batch and the
// list are refetched; a failure (nothing registered) is shown and the batch can be approved again.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/current-user';
import { hasPermission } from '../../lib/auth';
import { ConfirmModal } from '../../components/confirm-modal';
import { errorSheetUrl, useApprove, useBatchRefresh, useDiscard, useJob } from './imports.api';
import type { ApprovalResult, Batch } from './imports.types';
import { JobProgress } from './job-progress';

export function BatchActions({ batch }: { batch: Batch }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const approve = useApprove(batch.tenantCode, batch.batchId);
  const discard = useDiscard(batch.tenantCode, batch.batchId);
  const refresh = useBatchRefresh(batch.tenantCode);
  const [approvalJobId, setApprovalJobId] = useState<number | null>(null);
  const approvalJob = useJob<ApprovalResult>(batch.tenantCode, approvalJobId);
  const [isApproveOpen, approveModal] = useDisclosure(false);
  const [isDiscardOpen, discardModal] = useDisclosure(false);
  const isApproving = approvalJobId !== null && approvalJob.data?.status !== 'failed' && !approvalJob.isError;
  const isStaged = batch.status === 'staged';
  const isChecker = hasPermission(user, 'workers:approve');
  const isOwnBatch = batch.createdBy === user.username;
  const refused = batch.rejected + batch.duplicates.inFile + batch.duplicates.inRegistry;
  const blockedReason = !isChecker ? t('imports.actions.waitingHint') : isOwnBatch ? t('imports.actions.ownBatch') : null;
  const notifyApproved = useCallback(
    () => notifications.show({ color: 'teal', message: t('imports.actions.approved', { id: batch.batchId }) }),
    [t, batch.batchId],
  );
  // the card stays until the refetched batch says "approved", so the approve button never flickers back
  const onApproved = useCallback(() => {
    void refresh().then(() => {
      setApprovalJobId(null);
      notifyApproved();
    });
  }, [refresh, notifyApproved]);

  return (
    <Stack gap="sm" mb="md">
      <Group gap="sm">
        {batch.errorsFile && hasPermission(user, 'nik:full') && (
          <Button component="a" href={errorSheetUrl(batch.tenantCode, batch.batchId)} variant="light" data-testid="import-error-sheet">{t('imports.actions.errorSheet')}</Button>
        )}
        {isStaged && !isApproving && (
          <Button color="teal" onClick={approveModal.open} disabled={!isChecker || isOwnBatch} data-testid="import-approve">
            {isChecker ? t('imports.actions.approve') : t('imports.actions.waiting')}
          </Button>
        )}
        {isStaged && !isApproving && <Button variant="subtle" color="red" onClick={discardModal.open} data-testid="import-discard">{t('imports.actions.discard')}</Button>}
      </Group>
      {batch.errorsFile && <Text fz="xs" c="dimmed">{t('imports.actions.errorSheetHint')}</Text>}
      {isStaged && blockedReason && (
        <Alert variant="light" color="yellow" title={t('imports.actions.waiting')} data-testid="import-approve-blocked">{blockedReason}</Alert>
      )}
      {approvalJobId !== null && (
        <JobProgress<ApprovalResult> key={approvalJobId} tenant={batch.tenantCode} jobId={approvalJobId} kind="approve" onDone={onApproved} />
      )}
      <ConfirmModal opened={isApproveOpen} onClose={approveModal.close} testId="import-approve-confirm" color="teal"
        title={t('imports.actions.approveTitle', { id: batch.batchId })} confirm={t('imports.actions.approveConfirm')}
        body={t('imports.actions.approveBody', { accepted: batch.accepted, refused })}
        pending={approve.isPending} error={approve.error}
        onConfirm={() => approve.mutate(undefined, { onSuccess: (answer) => {
          approveModal.close();
          if (answer.jobId === null) notifyApproved(); // approved before: nothing to follow
          else setApprovalJobId(answer.jobId);
        } })} />
      <ConfirmModal opened={isDiscardOpen} onClose={discardModal.close} testId="import-discard-confirm" color="red"
        title={t('imports.actions.discardTitle', { id: batch.batchId })} confirm={t('imports.actions.discardConfirm')}
        body={t('imports.actions.discardBody')} pending={discard.isPending} error={discard.error}
        onConfirm={() => discard.mutate(undefined, { onSuccess: discardModal.close })} />
    </Stack>
  );
}
