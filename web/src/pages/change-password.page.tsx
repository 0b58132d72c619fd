import { Alert, Button, Card, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useCurrentUser } from '../app/current-user';
import { ErrorAlert } from '../components/error-alert';
import { PageHeader } from '../components/page-header';
import { ApiError } from '../lib/api';
import { useChangePassword } from '../lib/auth';

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const change = useChangePassword();
  const navigate = useNavigate();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [isMismatchShown, setMismatchShown] = useState(false);

  const fieldError = (path: string) =>
    change.error instanceof ApiError ? change.error.fieldMessage(path) : undefined;

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const isMismatch = newPassword !== confirmation;
    setMismatchShown(isMismatch);
    if (isMismatch) return;
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('password.success') });
          setCurrentPassword('');
          setNewPassword('');
          setConfirmation('');
          if (user.mustChangePassword) void navigate('/', { replace: true });
        },
      },
    );
  };

  return (
    <>
      <PageHeader title={t('nav.password')} />
      <Card withBorder padding="xl" maw={480}>
        {user.mustChangePassword && (
          <Alert color="yellow" variant="light" mb="md" data-testid="must-change-password">
            {t('password.mustChange')}
          </Alert>
        )}
        {change.isError && <ErrorAlert error={change.error} />}
        <form onSubmit={handleSubmit} noValidate>
          <Stack gap="md">
            <PasswordInput label={t('password.current')} autoComplete="current-password" required
              value={currentPassword} onChange={(event) => setCurrentPassword(event.currentTarget.value)}
              error={fieldError('currentPassword')} />
            <PasswordInput label={t('password.new')} autoComplete="new-password" required
              value={newPassword} onChange={(event) => setNewPassword(event.currentTarget.value)}
              error={fieldError('newPassword')} />
            <PasswordInput label={t('password.confirm')} autoComplete="new-password" required
              value={confirmation} onChange={(event) => setConfirmation(event.currentTarget.value)}
              error={isMismatchShown ? t('password.mismatch') : undefined} />
            <Button type="submit" loading={change.isPending} disabled={!currentPassword || !newPassword}>
              {t('password.submit')}
            </Button>
          </Stack>
        </form>
      </Card>
    </>
  );
}
