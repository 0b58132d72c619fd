// Registration batches (and non-active reports) of a regency: create one for a PKS, download it as XLSX or
// CSV in BPJS's upload layout, and upload BPJS's answer.
import { Alert, Anchor, Button, Card, Group, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/current-user';
import { ErrorAlert } from '../../components/error-alert';
import { PageLoader } from '../../components/page-loader';
import { hasPermission } from '../../lib/auth';
import { useFormat } from '../../lib/use-format';
import { useAgreements } from '../agreements/agreements.api';
import { AnswerUpload } from './answer-upload';
import { batchFileUrl, useCreateBatch, useEnrolmentBatches } from './enrolment.api';

function CreateBatch({ tenant }: { tenant: string }) {
  const { t } = useTranslation();
  const agreements = useAgreements(tenant);
  const [agreementId, setAgreementId] = useState<string | null>(null);
  const create = useCreateBatch(tenant);
  const pks = (agreements.data ?? []).filter((a) => a.kind === 'pks');
  const make = (kind: 'registration' | 'non-active') => create.mutate({ agreementId: Number(agreementId ?? 0), kind });
  return (
    <Card withBorder mb="md">
      <Group align="flex-end">
        <Select label={t('enrolment.batches.pks')} value={agreementId} onChange={setAgreementId} w={260} data-testid="batch-pks"
          data={pks.map((a) => ({ value: String(a.id), label: a.number }))} />
        <Button disabled={!agreementId} loading={create.isPending} onClick={() => make('registration')} data-testid="batch-create">{t('enrolment.batches.create')}</Button>
        <Button variant="default" loading={create.isPending} onClick={() => make('non-active')}>{t('enrolment.batches.createNonActive')}</Button>
      </Group>
      {create.isError && <ErrorAlert error={create.error} />}
      {create.data && <Alert mt="sm" color="teal" variant="light" data-testid="batch-created">{t('enrolment.batches.created', { id: create.data.id, participants: create.data.participants })}</Alert>}
    </Card>
  );
}

export function BatchesTab({ tenant }: { tenant: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const user = useCurrentUser();
  const batches = useEnrolmentBatches(tenant);
  const canCreate = hasPermission(user, 'enrolment:write') && hasPermission(user, 'agreements:read');
  return (
    <>
      <Text c="dimmed" mb="md">{t('enrolment.batches.intro')}</Text>
      {canCreate && <CreateBatch tenant={tenant} />}
      {batches.isPending && <PageLoader />}
      {batches.isError && <ErrorAlert error={batches.error} />}
      {batches.data && (batches.data.length === 0 ? <Text c="dimmed" mb="md">{t('enrolment.batches.empty')}</Text> : (
        <Card withBorder padding={0} mb="md">
          <Table data-testid="batches-table">
            <Table.Thead>
              <Table.Tr>{(['id', 'kind', 'template', 'participants', 'status', 'created', 'download'] as const).map((c) => <Table.Th key={c}>{t(`enrolment.batches.col.${c}`)}</Table.Th>)}</Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {batches.data.map((b) => (
                <Table.Tr key={b.id}>
                  <Table.Td>{b.id}</Table.Td><Table.Td>{t(`enrolment.batches.kinds.${b.kind}`)}</Table.Td><Table.Td>{b.template}</Table.Td>
                  <Table.Td>{f.number(b.participants)}</Table.Td><Table.Td>{t(`enrolment.batches.statuses.${b.status}`)}</Table.Td>
                  <Table.Td>{f.dateTime(b.createdAt)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      <Anchor href={batchFileUrl(tenant, b.id, 'xlsx')} fz="sm" data-testid="batch-xlsx">XLSX</Anchor>
                      <Anchor href={batchFileUrl(tenant, b.id, 'csv')} fz="sm" data-testid="batch-csv">CSV</Anchor>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      ))}
      {hasPermission(user, 'enrolment:exchange') && <AnswerUpload tenant={tenant} />}
    </>
  );
}
