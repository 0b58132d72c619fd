// Reverses a payment with a reason, in the app's own dialog (not the browser's): the payment stays on
// record, marked reversed; its allocation is released and the bills it paid are open again.
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { billingCalls, useBillingMutation } from './billing.api';
import type { Payment } from './billing.types';

export function ReverseModal({ tenant, payment, onClose }: { tenant: string; payment: Payment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const reverse = useBillingMutation(tenant, (input: { id: number; reason: string }) => billingCalls(tenant).reverse(input.id, input.reason));
  const close = () => { setReason(''); reverse.reset(); onClose(); };
  return (
    <Modal opened={payment !== null} onClose={close} title={t('billing.payment.reverseTitle', { sp2d: payment?.sp2dNumber ?? '' })} centered>
      <Stack>
        {reverse.error && <ErrorAlert error={reverse.error} />}
        <Text fz="sm">{t('billing.payment.reverseBody')}</Text>
        <Textarea label={t('billing.payment.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} minRows={2} required data-testid="reverse-reason" />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
          <Button color="red" disabled={!reason.trim()} loading={reverse.isPending} data-testid="reverse-confirm"
            onClick={() => payment && reverse.mutate({ id: payment.id, reason: reason.trim() }, {
              onSuccess: () => { notifications.show({ color: 'green', message: t('billing.payment.reverseDone') }); close(); },
            })}>{t('billing.payment.reverseConfirm')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
