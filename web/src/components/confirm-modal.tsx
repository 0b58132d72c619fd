// The app's own yes/no question before a decision that cannot be undone (approve or discard a batch, end
// an agreement): translated, styled and testable, never the browser's window.confirm (issue #17 item 7).
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './error-alert';

interface Props {
  opened: boolean;
  title: string;
  body: string;
  confirm: string;
  color?: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
  testId: string;
}

export function ConfirmModal({ opened, title, body, confirm, color, pending, error, onConfirm, onClose, testId }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Stack gap="md">
        {error != null && <ErrorAlert error={error} />}
        <Text fz="sm">{body}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button color={color} loading={pending} onClick={onConfirm} data-testid={testId}>{confirm}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
