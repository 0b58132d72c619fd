import { Button, Group, Modal, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { ApiError } from '../../lib/api';
import { ROLES, type Role } from '../../lib/auth';
import { ROLE_SCOPE, TENANT_CODE } from './role-scope';
import { useCreateUser, useTenantOpds, type NewUser } from './users.api';

interface FormState {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  tenantCode: string;
  opdId: string;
  villageCode: string;
  branchCode: string;
  regionScope: string;
}

const EMPTY: FormState = {
  username: '', displayName: '', password: '', role: 'dinas', tenantCode: '', opdId: '', villageCode: '', branchCode: '', regionScope: '',
};

function toRequest(form: FormState): NewUser {
  const scope = ROLE_SCOPE[form.role];
  const optional = (isAsked: boolean, value: string) => (isAsked && value.trim() ? value.trim() : undefined);
  return {
    username: form.username.trim(),
    displayName: form.displayName.trim(),
    password: form.password,
    role: form.role,
    tenantCode: optional(scope.tenantCode, form.tenantCode),
    opdId: scope.opdId && form.opdId ? Number(form.opdId) : undefined,
    villageCode: optional(scope.villageCode, form.villageCode),
    branchCode: optional(scope.branchCode, form.branchCode),
    regionScope: optional(scope.regionScope, form.regionScope),
  };
}

export function CreateUserModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const [form, setForm] = useState<FormState>(EMPTY);
  const scope = ROLE_SCOPE[form.role];
  const opds = useTenantOpds(scope.opdId && TENANT_CODE.test(form.tenantCode) ? form.tenantCode : '');
  const set = (key: keyof FormState) => (value: string) => setForm((current) => ({ ...current, [key]: value }));
  const fieldError = (path: string) => (create.error instanceof ApiError ? create.error.fieldMessage(path) : undefined);

  const close = () => {
    setForm(EMPTY);
    create.reset();
    onClose();
  };
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(toRequest(form), {
      onSuccess: ({ user }) => {
        notifications.show({ color: 'green', message: t('users.createSuccess', { username: user.username }) });
        close();
      },
    });
  };

  return (
    <Modal opened={opened} onClose={close} title={t('users.create')} size="lg">
      <form onSubmit={handleSubmit} noValidate data-testid="user-create-form">
        <Stack gap="sm">
          {create.isError && <ErrorAlert error={create.error} />}
          <TextInput label={t('users.username')} required autoComplete="off" data-autofocus data-testid="user-username"
            value={form.username} onChange={(event) => set('username')(event.currentTarget.value)} error={fieldError('username')} />
          <TextInput label={t('users.displayName')} required data-testid="user-display-name"
            value={form.displayName} onChange={(event) => set('displayName')(event.currentTarget.value)} error={fieldError('displayName')} />
          <PasswordInput label={t('users.password')} required autoComplete="new-password" data-testid="user-password"
            value={form.password} onChange={(event) => set('password')(event.currentTarget.value)} error={fieldError('password')} />
          <Select label={t('users.role')} required allowDeselect={false} value={form.role} data-testid="user-create-role"
            data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            onChange={(value) => value && set('role')(value)} error={fieldError('role')} />
          {scope.tenantCode && (
            <TextInput label={t('users.tenantCode')} required
              value={form.tenantCode} onChange={(event) => set('tenantCode')(event.currentTarget.value)} error={fieldError('tenantCode')} />
          )}
          {scope.regionScope && (
            <TextInput label={t('users.regionScope')} data-testid="user-region-scope"
              value={form.regionScope} onChange={(event) => set('regionScope')(event.currentTarget.value)} error={fieldError('regionScope')} />
          )}
          {scope.opdId && (
            <Select label={t('users.opd')} required searchable disabled={!opds.data} value={form.opdId || null}
              data={(opds.data ?? []).map((opd) => ({ value: String(opd.id), label: opd.name }))}
              onChange={(value) => set('opdId')(value ?? '')} error={fieldError('opdId')} />
          )}
          {scope.villageCode && (
            <TextInput label={t('users.villageCode')} required
              value={form.villageCode} onChange={(event) => set('villageCode')(event.currentTarget.value)} error={fieldError('villageCode')} />
          )}
          {scope.branchCode && (
            <TextInput label={t('users.branchCode')}
              value={form.branchCode} onChange={(event) => set('branchCode')(event.currentTarget.value)} error={fieldError('branchCode')} />
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
            <Button type="submit" loading={create.isPending} data-testid="user-create-submit">{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
