import { Anchor, Badge, Card, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { PageLoader } from '../../components/page-loader';
import { RegionBreadcrumbs } from './region-breadcrumbs';
import { useRegionChildren, type Region } from './regions.api';

function matches(region: Region, filter: string): boolean {
  const needle = filter.trim().toLowerCase();
  return !needle || region.name.toLowerCase().includes(needle) || region.code.startsWith(needle);
}

export function RegionsPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const parent = searchParams.get('parent') ?? undefined;
  const children = useRegionChildren(parent);
  const [filter, setFilter] = useState('');
  const rows = (children.data ?? []).filter((region) => matches(region, filter));

  return (
    <>
      <PageHeader title={t('nav.regions')} />
      <RegionBreadcrumbs code={parent} />
      <TextInput label={t('regions.filter')} value={filter} onChange={(event) => setFilter(event.currentTarget.value)}
        mb="md" maw={360} type="search" />
      {children.isPending && <PageLoader />}
      {children.isError && <ErrorAlert error={children.error} onRetry={() => void children.refetch()} />}
      {children.isSuccess && rows.length === 0 && <Text c="dimmed">{t('common.noData')}</Text>}
      {rows.length > 0 && (
        <Card withBorder padding={0}>
          <Table striped highlightOnHover verticalSpacing="xs" horizontalSpacing="md" data-testid="regions-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={180}>{t('regions.code')}</Table.Th>
                <Table.Th>{t('regions.name')}</Table.Th>
                <Table.Th w={180}>{t('regions.level')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((region) => (
                <Table.Tr key={region.code}>
                  <Table.Td ff="monospace">{region.code}</Table.Td>
                  <Table.Td>
                    {region.level === 'village' ? region.name : (
                      <Anchor component={Link} to={`?parent=${region.code}`} onClick={() => setFilter('')}
                        aria-label={t('regions.open', { name: region.name })}>
                        {region.name}
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td><Badge variant="outline" color="gray">{t(`regions.levels.${region.level}`)}</Badge></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
    </>
  );
}
