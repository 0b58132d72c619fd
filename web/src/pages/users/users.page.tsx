import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { PageLoader } from '../../components/page-loader';
import { CreateUserModal } from './create-user-modal';
import { ResetPasswordModal } from './reset-password-modal';
import { UsersTable } from './users-table';
import { useUsers, type ManagedUser } from './users.api';

export function UsersPage() {
  const { t } = useTranslation();
  const users = useUsers();
  const [isCreateOpen, createModal] = useDisclosure(false);
  const [resetTarget, setResetTarget] = useState<ManagedUser | null>(null);

  return (
    <>
      <PageHeader
        title={t('nav.users')}
        actions={<Button onClick={createModal.open} data-testid="user-create-open">{t('users.create')}</Button>}
      />
      {users.isPending && <PageLoader />}
      {users.isError && <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />}
      {users.data && <UsersTable users={users.data} onResetPassword={setResetTarget} />}
      <CreateUserModal opened={isCreateOpen} onClose={createModal.close} />
      <ResetPasswordModal user={resetTarget} onClose={() => setResetTarget(null)} />
    </>
  );
}
