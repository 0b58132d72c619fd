// The regencies running the programme: each with its province and serving branches by name; add one
// with its first Dinas account, rename one.
import { Button, Card, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { PageLoader } from '../../components/page-loader';
import { useRegionChildren } from '../regions/regions.api';
import { AddRegencyForm } from './add-regency-form';
import { useBranches, useTenants, type OnboardingRow, type Tenant } from './installation.api';
import { OnboardingResult } from './onboarding-result';
import { RenameModal } from './rename-modal';

export function RegenciesTab() {
  const { t } = useTranslation();
  const tenants = useTenants();
  const branches = useBranches();
  const provinces = useRegionChildren(undefined);
  const [result, setResult] = useState<OnboardingRow[] | null>(null);
  const [renaming, setRenaming] = useState<Tenant | null>(null);
  const provinceName = (code: string) => provinces.data?.find((p) => p.code === code)?.name ?? '';
  const servedBy = (code: string) => (branches.data ?? []).filter((b) => b.serves.some((s) => s.code === code)).map((b) => b.name).join(', ') || t('installation.none');
  return (
    <>
      <AddRegencyForm onResult={setResult} />
      {result && <OnboardingResult rows={result} />}
      {tenants.isPending && <PageLoader />}
      {tenants.isError && <ErrorAlert error={tenants.error} onRetry={() => void tenants.refetch()} />}
      {tenants.data && (
        <Card withBorder padding={0} mt="md">
          <Table.ScrollContainer minWidth={700}>
            <Table striped data-testid="tenants-table">
              <Table.Thead>
                <Table.Tr>{(['code', 'name', 'province', 'branches', 'actions'] as const).map((c) => <Table.Th key={c}>{t(`installation.col.${c}`)}</Table.Th>)}</Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tenants.data.map((x) => (
                  <Table.Tr key={x.code} data-testid={`tenant-${x.code}`}>
                    <Table.Td ff="monospace">{x.code}</Table.Td>
                    <Table.Td>{x.name}</Table.Td>
                    <Table.Td>{provinceName(x.province_code)}</Table.Td>
                    <Table.Td>{servedBy(x.code)}</Table.Td>
                    <Table.Td><Button size="xs" variant="subtle" onClick={() => setRenaming(x)} data-testid={`rename-${x.code}`}>{t('installation.rename')}</Button></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      <RenameModal key={renaming?.code ?? ''} tenant={renaming} onClose={() => setRenaming(null)} />
    </>
  );
}
