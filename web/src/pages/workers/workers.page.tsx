// Peserta (issue #5): the participant registry — search by NIK or name, filter, page, open a person with
// memberships and history — and the fuzzy-duplicate review queue. Scope is the server's: an OPD operator
// sees its OPD's staff, a village operator its village's pekerja rentan.
import { Select, Tabs, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { PageLoader } from '../../components/page-loader';
import { DedupReviews } from './dedup-reviews';
import { useWorkers } from './workers.api';
import type { SearchFilters } from './workers.types';
import { PersonDrawer } from './person-drawer';
import { RegistryFilters } from './registry-filters';
import { RegistryTable } from './registry-table';
import { useTenantChoice } from '../../lib/use-tenant-choice';

const NO_FILTERS: SearchFilters = { q: '', group: null, opdId: null, villageCode: null, status: null };

function Registry({ tenant }: { tenant: string }) {
  const [filters, setFilters] = useState(NO_FILTERS);
  const [page, setPage] = useState(1);
  const [reveal, setReveal] = useState(false);
  const [openId, setOpenId] = useState<number | null>(null);
  const [debounced] = useDebouncedValue(filters, 300);
  const workers = useWorkers(tenant, debounced, page, reveal);
  const change = (patch: Partial<SearchFilters>) => { setFilters((f) => ({ ...f, ...patch })); setPage(1); };
  return (
    <>
      <RegistryFilters tenant={tenant} filters={filters} onChange={change} reveal={reveal} onReveal={setReveal} />
      {workers.isPending && <PageLoader />}
      {workers.isError && <ErrorAlert error={workers.error} onRetry={() => void workers.refetch()} />}
      {workers.data && <RegistryTable items={workers.data.items} total={workers.data.total} page={page} onPage={setPage} onOpen={setOpenId} />}
      <PersonDrawer tenant={tenant} id={openId} reveal={reveal} onClose={() => setOpenId(null)} />
    </>
  );
}

export function WorkersPage() {
  const { t } = useTranslation();
  const { tenant, tenants, choose } = useTenantChoice();
  return (
    <>
      <PageHeader title={t('nav.workers')} />
      <Text c="dimmed" mb="md">{t('workers.intro')}</Text>
      {tenants && tenants.length > 0 && (
        <Select label={t('workers.tenant')} mb="md" maw={360} value={tenant} allowDeselect={false}
          data={tenants.map((x) => ({ value: x.code, label: `${x.name} (${x.code})` }))} onChange={(code) => code && choose(code)} />
      )}
      {tenant && (
        <Tabs defaultValue="registry" keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="registry" data-testid="tab-registry">{t('workers.tabs.registry')}</Tabs.Tab>
            <Tabs.Tab value="reviews" data-testid="tab-reviews">{t('workers.tabs.reviews')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="registry"><Registry key={tenant} tenant={tenant} /></Tabs.Panel>
          <Tabs.Panel value="reviews"><DedupReviews key={tenant} tenant={tenant} /></Tabs.Panel>
        </Tabs>
      )}
    </>
  );
}
