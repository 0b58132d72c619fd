// Reconciliation with BPJS: upload its statement of receipts; every row comes back matched, with a
// different amount, unmatched or invalid, and the rows that need a look are in a downloadable error sheet.
// Earlier reconciliations are listed and each opens with its rows. Uploading needs payments:reconcile
// (the Dinas, BPJS); reading payments:read.
import { Alert, Anchor, Button, Card, FileInput, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/current-user';
import { ErrorAlert } from '../../components/error-alert';
import { hasPermission } from '../../lib/auth';
import { useFormat } from '../../lib/use-format';
import { billingCalls, useBillingMutation, useReconciliations } from './billing.api';
import type { ReconciliationResult } from './billing.types';
import { ReconciliationRows } from './reconciliation-rows';

const COUNTS = ['rows', 'matched', 'amountDiffers', 'unmatched', 'invalid'] as const;
const EXAMPLE = '/contoh/rekap-penerimaan-bpjs-nagekeo-2025-contoh.csv';

function Counts({ result }: { result: ReconciliationResult }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <SimpleGrid cols={{ base: 2, sm: 5 }} mb="md" data-testid="recon-result">
      {COUNTS.map((key) => (
        <Card withBorder padding="sm" key={key}>
          <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>{t(`billing.reconciliation.${key}`)}</Text>
          <Text fz="lg" fw={700} data-testid={`recon-${key}`}>{f.number(result[key])}</Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}

export function ReconciliationTab({ tenant }: { tenant: string }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const canUpload = hasPermission(useCurrentUser(), 'payments:reconcile');
  const [file, setFile] = useState<File | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const calls = billingCalls(tenant);
  const upload = useBillingMutation(tenant, calls.reconcile);
  const history = useReconciliations(tenant);
  const result = upload.data;
  const submit = () => file && upload.mutate(file, { onSuccess: (r) => setOpenId(r.id) });
  return (
    <Stack gap="md">
      <Text fz="sm">{t('billing.reconciliation.intro')} {t('billing.reconciliation.compared')}</Text>
      {canUpload && (
        <Group align="flex-end">
          <FileInput label={t('billing.reconciliation.file')} accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file} onChange={setFile} w={340} data-testid="recon-file" />
          <Button disabled={!file} loading={upload.isPending} onClick={submit} data-testid="recon-upload">{t('billing.reconciliation.upload')}</Button>
          <Anchor href={EXAMPLE} download fz="sm" data-testid="recon-example">{t('billing.reconciliation.example')}</Anchor>
        </Group>
      )}
      {upload.error && <ErrorAlert error={upload.error} />}
      {result && (
        <div>
          {result.alreadyReconciled && <Alert color="blue" variant="light" mb="sm" data-testid="recon-already">{t('billing.reconciliation.already')}</Alert>}
          <Counts result={result} />
          {result.rows > result.matched && (
            <Button component="a" variant="default" href={calls.errorsUrl(result.id, i18n.language)} data-testid="recon-errors">{t('billing.reconciliation.errors')}</Button>
          )}
        </div>
      )}
      {history.isError && <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />}
      <Title order={4}>{t('billing.reconciliation.history')}</Title>
      {history.data?.length === 0 && <Text c="dimmed">{t('billing.reconciliation.none')}</Text>}
      {history.data && history.data.length > 0 && (
        <Card withBorder padding={0}>
          <Table.ScrollContainer minWidth={800}>
            <Table striped fz="sm" data-testid="recon-history">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('billing.reconciliation.createdAt')}</Table.Th><Table.Th>{t('billing.reconciliation.fileName')}</Table.Th>
                  {COUNTS.map((key) => <Table.Th key={key} ta="right">{t(`billing.reconciliation.${key}`)}</Table.Th>)}
                  <Table.Th>{t('billing.reconciliation.by')}</Table.Th><Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {history.data.map((r) => (
                  <Table.Tr key={r.id} data-testid={`recon-item-${r.id}`}>
                    <Table.Td>{f.dateTime(r.createdAt)}</Table.Td><Table.Td>{r.fileName}</Table.Td>
                    {COUNTS.map((key) => <Table.Td key={key} ta="right">{f.number(r[key])}</Table.Td>)}
                    <Table.Td>{r.createdBy ?? '—'}</Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="subtle" onClick={() => setOpenId(openId === r.id ? null : r.id)}>
                        {t(openId === r.id ? 'billing.reconciliation.close' : 'billing.reconciliation.open')}
                      </Button>
                      {r.rows > r.matched && <Anchor href={calls.errorsUrl(r.id, i18n.language)} fz="sm" ml="xs">{t('billing.reconciliation.errors')}</Anchor>}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      {openId !== null && <ReconciliationRows tenant={tenant} id={openId} />}
    </Stack>
  );
}
