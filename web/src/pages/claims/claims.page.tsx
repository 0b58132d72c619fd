// Klaim (issue #13): the claims of the regency in the caller's scope, filtered by status, type, incident
// year and a search (claim number or NIK); each row opens the claim page. Operators report new incidents.
import { Button, Group, Select, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCurrentUser } from '../../app/current-user';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { PageLoader } from '../../components/page-loader';
import { hasPermission } from '../../lib/auth';
import { useTenantChoice } from '../../lib/use-tenant-choice';
import { PAGE_SIZE, useClaims } from './claims.api';
import { ClaimsTable } from './claims-table';
import { CLAIM_STATUSES, CLAIM_TYPES, type ClaimStatus, type ClaimType } from './claim-status-badge';

interface Filters { status: ClaimStatus | null; type: ClaimType | null; year: string | null; q: string }
const YEARS = Array.from({ length: 6 }, (_, i) => String(new Date().getFullYear() - i));

function ClaimsList({ tenant }: { tenant: string }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>({ status: null, type: null, year: null, q: '' });
  const [page, setPage] = useState(1);
  const set = (patch: Partial<Filters>) => { setFilters((f) => ({ ...f, ...patch })); setPage(1); };
  const list = useClaims(tenant, {
    status: filters.status ?? undefined, type: filters.type ?? undefined, year: filters.year ? Number(filters.year) : undefined,
    q: filters.q.trim() || undefined, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE,
  });
  const all = t('claims.filter.all');
  return (
    <>
      <Group mb="md" align="flex-end" wrap="wrap">
        <Select label={t('claims.filter.status')} placeholder={all} clearable value={filters.status} onChange={(v) => set({ status: v as ClaimStatus | null })} w={200}
          data={CLAIM_STATUSES.map((s) => ({ value: s, label: t(`claims.status.${s}`) }))} data-testid="claims-filter-status" />
        <Select label={t('claims.filter.type')} placeholder={all} clearable value={filters.type} onChange={(v) => set({ type: v as ClaimType | null })} w={260}
          data={CLAIM_TYPES.map((x) => ({ value: x, label: t(`claims.types.${x}`) }))} data-testid="claims-filter-type" />
        <Select label={t('claims.filter.year')} placeholder={all} clearable value={filters.year} onChange={(v) => set({ year: v })} w={140} data={YEARS} data-testid="claims-filter-year" />
        <TextInput label={t('common.search')} placeholder={t('claims.filter.q')} value={filters.q} onChange={(e) => set({ q: e.currentTarget.value })} w={300} data-testid="claims-search" />
      </Group>
      {list.isPending && <PageLoader />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && <ClaimsTable tenant={tenant} items={list.data.items} total={list.data.total} page={page} onPage={setPage} />}
    </>
  );
}

export function ClaimsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { tenant, tenants, choose } = useTenantChoice();
  const canReport = hasPermission(user, 'claims:write');
  return (
    <>
      <PageHeader title={t('nav.claims')} actions={canReport && tenant && (
        <Button component={Link} to={`/klaim/${tenant}/lapor`} data-testid="claim-report">{t('claims.report')}</Button>
      )} />
      <Text c="dimmed" mb="md">{t('claims.intro')}</Text>
      {tenants && tenants.length > 0 && (
        <Select label={t('workers.tenant')} mb="md" maw={360} value={tenant} allowDeselect={false}
          data={tenants.map((x) => ({ value: x.code, label: `${x.name} (${x.code})` }))} onChange={(code) => code && choose(code)} />
      )}
      {tenant && <ClaimsList key={tenant} tenant={tenant} />}
    </>
  );
}
