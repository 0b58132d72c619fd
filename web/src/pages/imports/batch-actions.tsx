// What can be done with a batch: download the error sheet; approve it (a dinas officer other than the
// uploader — maker-checker, four eyes); discard it while staged. Others see why they cannot approve.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/current-user';
import { hasPermission } from '../../lib/auth';
import { ConfirmModal } from '../../components/confirm-modal';
import { errorSheetUrl, useBatchAction } from './imports.api';
import type { Batch } from './imports.types';

export function BatchActions({ batch }: { batch: Batch }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const approve = useBatchAction(batch.tenantCode, batch.batchId, 'approve');
  const discard = useBatchAction(batch.tenantCode, batch.batchId, 'discard');
  const [isApproveOpen, approveModal] = useDisclosure(false);
  const [isDiscardOpen, discardModal] = useDisclosure(false);
  const isStaged = batch.status === 'staged';
  const isChecker = hasPermission(user, 'workers:approve');
  const isOwnBatch = batch.createdBy === user.username;
  const refused = batch.rejected + batch.duplicates.inFile + batch.duplicates.inRegistry;
  const blockedReason = !isChecker ? t('imports.actions.waitingHint') : isOwnBatch ? t('imports.actions.ownBatch') : null;

  return (
    <Stack gap="sm" mb="md">
      <Group gap="sm">
        {batch.errorsFile && hasPermission(user, 'nik:full') && (
          <Button component="a" href={errorSheetUrl(batch.tenantCode, batch.batchId)} variant="light" data-testid="import-error-sheet">{t('imports.actions.errorSheet')}</Button>
        )}
        {isStaged && (
          <Button color="teal" onClick={approveModal.open} disabled={!isChecker || isOwnBatch} data-testid="import-approve">
            {isChecker ? t('imports.actions.approve') : t('imports.actions.waiting')}
          </Button>
        )}
        {isStaged && <Button variant="subtle" color="red" onClick={discardModal.open} data-testid="import-discard">{t('imports.actions.discard')}</Button>}
      </Group>
      {batch.errorsFile && <Text fz="xs" c="dimmed">{t('imports.actions.errorSheetHint')}</Text>}
      {isStaged && blockedReason && (
        <Alert variant="light" color="yellow" title={t('imports.actions.waiting')} data-testid="import-approve-blocked">{blockedReason}</Alert>
      )}
      <ConfirmModal opened={isApproveOpen} onClose={approveModal.close} testId="import-approve-confirm" color="teal"
        title={t('imports.actions.approveTitle', { id: batch.batchId })} confirm={t('imports.actions.approveConfirm')}
        body={t('imports.actions.approveBody', { accepted: batch.accepted, refused })}
        pending={approve.isPending} error={approve.error}
        onConfirm={() => approve.mutate(undefined, { onSuccess: () => {
          approveModal.close();
          notifications.show({ color: 'teal', message: t('imports.actions.approved', { id: batch.batchId }) });
        } })} />
      <ConfirmModal opened={isDiscardOpen} onClose={discardModal.close} testId="import-discard-confirm" color="red"
        title={t('imports.actions.discardTitle', { id: batch.batchId })} confirm={t('imports.actions.discardConfirm')}
        body={t('imports.actions.discardBody')} pending={discard.isPending} error={discard.error}
        onConfirm={() => discard.mutate(undefined, { onSuccess: discardModal.close })} />
    </Stack>
  );
}
