// Signing a draft: date and place; from then on the terms change only by addendum.
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { agreementCalls, useAgreementMutation } from './agreements.api';
import type { Agreement } from './agreements.types';

export function SignModal({ agreement, opened, onClose }: { agreement: Agreement; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const sign = useAgreementMutation(agreement.tenantCode, agreementCalls(agreement.tenantCode, agreement.id).sign);
  const [signedOn, setSignedOn] = useState<string | null>(agreement.periodStart);
  const [signedPlace, setSignedPlace] = useState('');
  return (
    <Modal opened={opened} onClose={onClose} title={t('agreements.sign.title')}>
      <Stack gap="sm">
        <Text fz="sm" c="dimmed">{t('agreements.sign.intro')}</Text>
        {sign.isError && <ErrorAlert error={sign.error} />}
        <DateInput label={t('agreements.field.signedOn')} required value={signedOn} onChange={setSignedOn} valueFormat="DD-MM-YYYY" data-testid="sign-date" />
        <TextInput label={t('agreements.field.signedPlace')} required value={signedPlace} onChange={(e) => setSignedPlace(e.currentTarget.value)} data-testid="sign-place" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button loading={sign.isPending} data-testid="sign-submit" disabled={!signedOn || !signedPlace.trim()}
            onClick={() => sign.mutate({ signedOn: signedOn!, signedPlace: signedPlace.trim() }, { onSuccess: onClose })}>{t('agreements.actions.sign')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
