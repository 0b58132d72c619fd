// Runs the monthly billing of one PKS for a month and says what happened: bills issued, or none because
// the month was already billed (the run is idempotent: running it twice changes nothing).
import { Button, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { billingCalls, useBillingMutation } from './billing.api';
import type { RunResult } from './billing.types';

export function RunBillingModal({ tenant, agreementId, opened, onClose }: { tenant: string; agreementId: number; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [month, setMonth] = useState('');
  const [result, setResult] = useState<RunResult | null>(null);
  const run = useBillingMutation(tenant, billingCalls(tenant).run);
  const close = () => { setResult(null); run.reset(); onClose(); };
  return (
    <Modal opened={opened} onClose={close} title={t('billing.run.title')} centered>
      <Stack>
        {run.error && <ErrorAlert error={run.error} />}
        <TextInput type="month" label={t('billing.run.month')} value={month} onChange={(e) => setMonth(e.currentTarget.value)} data-testid="run-month" />
        {result && (
          <Text fz="sm" fw={600} data-testid="run-result">
            {result.created > 0 ? t('billing.run.done', { created: String(result.created), total: String(result.bills.length) }) : t('billing.run.none')}
          </Text>
        )}
        <Button disabled={!/^\d{4}-\d{2}$/.test(month)} loading={run.isPending} data-testid="run-submit"
          onClick={() => run.mutate({ month, agreementId }, { onSuccess: setResult })}>{t('billing.run.submit')}</Button>
      </Stack>
    </Modal>
  );
}
