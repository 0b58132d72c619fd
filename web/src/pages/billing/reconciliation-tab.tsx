// Reconciliation with BPJS: upload its statement of receipts; every row comes back matched, with a
// different amount, unmatched or invalid, and the rows that need a look are in a downloadable error sheet.
import { Button, Card, FileInput, Group, SimpleGrid, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { useFormat } from '../../lib/use-format';
import { billingCalls, useBillingMutation } from './billing.api';

const COUNTS = ['rows', 'matched', 'amountDiffers', 'unmatched', 'invalid'] as const;

export function ReconciliationTab({ tenant }: { tenant: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [file, setFile] = useState<File | null>(null);
  const calls = billingCalls(tenant);
  const upload = useBillingMutation(tenant, calls.reconcile);
  const result = upload.data;
  return (
    <>
      <Text fz="sm" mb="md">{t('billing.reconciliation.intro')}</Text>
      <Group align="flex-end" mb="md">
        <FileInput label={t('billing.reconciliation.file')} accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={file} onChange={setFile} w={340} data-testid="recon-file" />
        <Button disabled={!file} loading={upload.isPending} onClick={() => file && upload.mutate(file)} data-testid="recon-upload">{t('billing.reconciliation.upload')}</Button>
      </Group>
      {upload.error && <ErrorAlert error={upload.error} />}
      {result && (
        <>
          <SimpleGrid cols={{ base: 2, sm: 5 }} mb="md" data-testid="recon-result">
            {COUNTS.map((key) => (
              <Card withBorder padding="sm" key={key}>
                <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>{t(`billing.reconciliation.${key}`)}</Text>
                <Text fz="lg" fw={700} data-testid={`recon-${key}`}>{f.number(result[key])}</Text>
              </Card>
            ))}
          </SimpleGrid>
          {result.rows > result.matched && <Button component="a" variant="default" href={calls.errorsUrl(result.id)} data-testid="recon-errors">{t('billing.reconciliation.errors')}</Button>}
        </>
      )}
    </>
  );
}
