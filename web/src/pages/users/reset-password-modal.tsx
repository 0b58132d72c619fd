import { Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { ApiError } from '../../lib/api';
import { useResetPassword, type ManagedUser } from './users.api';

export function ResetPasswordModal({ user, onClose }: { user: ManagedUser | null; onClose: () => void }) {
  const { t } = useTranslation();
  const reset = useResetPassword();
  const [newPassword, setNewPassword] = useState('');
  const fieldError = reset.error instanceof ApiError ? reset.error.fieldMessage('newPassword') : undefined;

  const close = () => {
    setNewPassword('');
    reset.reset();
    onClose();
  };
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!user) return;
    reset.mutate({ id: user.id, newPassword }, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('users.resetSuccess', { username: user.username }) });
        close();
      },
    });
  };

  return (
    <Modal opened={user !== null} onClose={close} title={t('users.resetTitle', { username: user?.username ?? '' })}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          {reset.isError && <ErrorAlert error={reset.error} />}
          <PasswordInput label={t('users.newPassword')} autoComplete="new-password" required data-autofocus
            value={newPassword} onChange={(event) => setNewPassword(event.currentTarget.value)} error={fieldError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
            <Button type="submit" loading={reset.isPending} disabled={!newPassword}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
