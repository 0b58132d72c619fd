// Renaming a regency as its officers write it; its code, the key of all its data, stays.
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { useRenameTenant, type Tenant } from './installation.api';

export function RenameModal({ tenant, onClose }: { tenant: Tenant | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(tenant?.name ?? '');
  const rename = useRenameTenant();
  const save = () => tenant && rename.mutate({ code: tenant.code, name }, {
    onSuccess: (saved) => { notifications.show({ color: 'green', message: t('installation.renamed', { code: saved.code, name: saved.name }) }); onClose(); },
  });
  return (
    <Modal opened={tenant !== null} onClose={onClose} title={t('installation.renameTitle', { code: tenant?.code ?? '' })} centered>
      <Stack>
        {rename.isError && <ErrorAlert error={rename.error} />}
        <TextInput label={t('installation.col.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} data-testid="rename-name" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={save} loading={rename.isPending} data-testid="rename-save">{t('common.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
