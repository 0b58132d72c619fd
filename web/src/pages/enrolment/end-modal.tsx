// Ending a participation: the last covered day and the reason (the slot frees the day after).
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { useEndParticipation } from './enrolment.api';
import { END_REASONS, type EndBody, type Participant } from './enrolment.types';
import { DateField } from '../../components/date-field';

export function EndModal({ tenant, participant, onClose }: { tenant: string; participant: Participant | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [on, setOn] = useState(new Date().toISOString().slice(0, 10));
  const [reason, setReason] = useState<EndBody['reason'] | null>(null);
  const end = useEndParticipation(tenant);
  const submit = () => {
    if (!participant || !reason) return;
    end.mutate({ id: participant.id, on, reason }, {
      onSuccess: () => { notifications.show({ color: 'teal', message: t('enrolment.end.done') }); onClose(); },
    });
  };
  return (
    <Modal opened={participant !== null} onClose={onClose} title={participant ? t('enrolment.end.title', { name: participant.name }) : ''}>
      <Stack>
        <Text fz="sm" c="dimmed">{t('enrolment.end.hint')}</Text>
        <DateField label={t('enrolment.end.on')} value={on || null} onChange={(value) => setOn(value ?? '')} required data-testid="end-on" />
        <Select label={t('enrolment.end.reason')} value={reason} onChange={(v) => setReason(v as EndBody['reason'] | null)} required data-testid="end-reason"
          data={END_REASONS.map((r) => ({ value: r, label: t(`enrolment.reasons.${r}`) }))} />
        {end.isError && <ErrorAlert error={end.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('enrolment.end.cancel')}</Button>
          <Button color="red" onClick={submit} disabled={!reason || !on} loading={end.isPending} data-testid="end-submit">{t('enrolment.end.submit')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
