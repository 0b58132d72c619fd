// Rejecting a received document needs the reason the family will be told.
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import type { ClaimDocument } from './claim-documents.api';

type Decide = UseMutationResult<ClaimDocument, Error, { documentId: number; verdict: 'verified' | 'rejected'; note?: string }>;

export function RejectModal({ doc, decide, onClose }: { doc: ClaimDocument | null; decide: Decide; onClose: () => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  return (
    <Modal opened={doc !== null} onClose={onClose} title={t('claims.docs.rejectTitle')} centered>
      <Stack>
        {decide.isError && <ErrorAlert error={decide.error} />}
        <Textarea label={t('claims.docs.rejectNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} required autosize minRows={2} data-testid="reject-note" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button color="red" disabled={!note.trim()} loading={decide.isPending} data-testid="reject-confirm"
            onClick={() => doc && decide.mutate({ documentId: doc.id, verdict: 'rejected', note }, { onSuccess: () => { setNote(''); onClose(); } })}>
            {t('claims.docs.reject')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
