// The regencies a branch serves, chosen by name from its province (the ones it already serves stay).
import { Button, Group, Modal, MultiSelect, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { useRegionChildren } from '../regions/regions.api';
import { useAssignBranch, type Branch } from './installation.api';

export function AssignModal({ branch, onClose }: { branch: Branch | null; onClose: () => void }) {
  const { t } = useTranslation();
  const served = new Set(branch?.serves.map((s) => s.code));
  const [chosen, setChosen] = useState<string[]>([]);
  const regencies = useRegionChildren(branch?.province.code);
  const assign = useAssignBranch();
  const save = () => branch && assign.mutate({ code: branch.code, regencies: chosen }, {
    onSuccess: (b) => { notifications.show({ color: 'green', message: t('installation.branch.assigned', { name: b.name }) }); onClose(); },
  });
  return (
    <Modal opened={branch !== null} onClose={onClose} title={t('installation.branch.assignTitle', { name: branch?.name ?? '' })} centered>
      <Stack>
        {assign.isError && <ErrorAlert error={assign.error} />}
        <MultiSelect label={t('installation.branch.regencies')} searchable value={chosen} onChange={setChosen} data-testid="assign-regencies"
          data={(regencies.data ?? []).filter((r) => !served.has(r.code)).map((r) => ({ value: r.code, label: r.name }))} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={save} disabled={!chosen.length} loading={assign.isPending} data-testid="assign-save">{t('installation.branch.assignSubmit')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
