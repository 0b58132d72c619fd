// BPJS Ketenagakerjaan branch offices: register one, and say which regencies it serves (a `bpjs` account
// sees exactly those regencies).
import { Badge, Button, Card, Group, Select, SimpleGrid, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { PageLoader } from '../../components/page-loader';
import { ApiError } from '../../lib/api';
import { useRegionChildren } from '../regions/regions.api';
import { AssignModal } from './assign-modal';
import { useBranches, useCreateBranch, type Branch } from './installation.api';

function CreateBranchForm() {
  const { t } = useTranslation();
  const [form, setForm] = useState({ code: '', name: '', provinceCode: '' });
  const provinces = useRegionChildren(undefined);
  const create = useCreateBranch();
  const fieldError = (path: string) => (create.error instanceof ApiError ? create.error.fieldMessage(path) : undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(form, { onSuccess: (b) => { notifications.show({ color: 'green', message: t('installation.branch.created', { name: b.name }) }); setForm({ code: '', name: '', provinceCode: '' }); } });
  };
  return (
    <Card withBorder mb="md" component="form" onSubmit={submit}>
      <Title order={4} mb="sm">{t('installation.branch.title')}</Title>
      {create.isError && !(create.error instanceof ApiError && create.error.fields.length) && <ErrorAlert error={create.error} />}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('installation.branch.code')} required value={form.code} error={fieldError('code')} data-testid="branch-code"
          onChange={(e) => { const code = e.currentTarget.value; setForm((f) => ({ ...f, code })); }} />
        <TextInput label={t('installation.branch.name')} required value={form.name} error={fieldError('name')} data-testid="branch-name"
          onChange={(e) => { const name = e.currentTarget.value; setForm((f) => ({ ...f, name })); }} />
        <Select label={t('installation.branch.province')} required searchable value={form.provinceCode || null} error={fieldError('provinceCode')} data-testid="branch-province"
          data={(provinces.data ?? []).map((p) => ({ value: p.code, label: p.name }))} onChange={(v) => setForm((f) => ({ ...f, provinceCode: v ?? '' }))} />
      </SimpleGrid>
      <Group justify="flex-end" mt="md">
        <Button type="submit" loading={create.isPending} data-testid="branch-submit">{t('installation.branch.submit')}</Button>
      </Group>
    </Card>
  );
}

export function BranchesTab() {
  const { t } = useTranslation();
  const branches = useBranches();
  const [assigning, setAssigning] = useState<Branch | null>(null);
  return (
    <>
      <CreateBranchForm />
      {branches.isPending && <PageLoader />}
      {branches.isError && <ErrorAlert error={branches.error} onRetry={() => void branches.refetch()} />}
      {branches.data?.length === 0 && <Text c="dimmed">{t('installation.branch.empty')}</Text>}
      {!!branches.data?.length && (
        <Card withBorder padding={0}>
          <Table.ScrollContainer minWidth={700}>
            <Table striped data-testid="branches-table">
              <Table.Thead>
                <Table.Tr>{(['code', 'name', 'province', 'serves', 'actions'] as const).map((c) => <Table.Th key={c}>{t(`installation.col.${c}`)}</Table.Th>)}</Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {branches.data.map((b) => (
                  <Table.Tr key={b.code} data-testid={`branch-${b.code}`}>
                    <Table.Td ff="monospace">{b.code}</Table.Td>
                    <Table.Td>{b.name}</Table.Td>
                    <Table.Td>{b.province.name}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>{b.serves.length ? b.serves.map((s) => <Badge key={s.code} variant="light" tt="none">{s.name}</Badge>) : <Text c="dimmed" fz="sm">{t('installation.none')}</Text>}</Group>
                    </Table.Td>
                    <Table.Td><Button size="xs" variant="subtle" onClick={() => setAssigning(b)} data-testid={`assign-${b.code}`}>{t('installation.branch.assign')}</Button></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      <AssignModal key={assigning?.code ?? ''} branch={assigning} onClose={() => setAssigning(null)} />
    </>
  );
}
