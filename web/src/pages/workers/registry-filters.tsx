// The registry's search bar: NIK or name, group, OPD, district → village, status. An OPD operator's OPD
// and a village operator's village are fixed by the server, so those filters are not offered to them.
import { Group, Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/current-user';
import { hasPermission } from '../../lib/auth';
import { useOpds } from '../imports/imports.api';
import { useRegions } from './workers.api';
import type { PersonStatus, SearchFilters, WorkerGroup } from './workers.types';

interface Props {
  tenant: string;
  filters: SearchFilters;
  onChange: (patch: Partial<SearchFilters>) => void;
  reveal: boolean;
  onReveal: (reveal: boolean) => void;
}

const toNumber = (value: string | null) => (value ? Number(value) : null);

export function RegistryFilters({ tenant, filters, onChange, reveal, onReveal }: Props) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [district, setDistrict] = useState<string | null>(null);
  const opds = useOpds(user.role === 'opd' ? null : tenant);
  const districts = useRegions(user.role === 'desa' ? null : tenant);
  const villages = useRegions(district);
  const all = t('workers.filter.all');

  return (
    <>
      <TextInput label={t('workers.filter.q')} description={t('workers.filter.qHint')} value={filters.q}
        onChange={(e) => onChange({ q: e.currentTarget.value })} mb="sm" maw={520} data-testid="registry-search" />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="sm" mb="sm">
        <Select label={t('workers.filter.group')} placeholder={all} clearable value={filters.group}
          data={(['non-asn', 'rentan'] as const).map((g) => ({ value: g, label: t(`workers.groups.${g}`) }))}
          onChange={(value) => onChange({ group: value as WorkerGroup | null })} data-testid="registry-group" />
        {user.role !== 'opd' && (
          <Select label={t('workers.filter.opd')} placeholder={all} clearable searchable value={filters.opdId === null ? null : String(filters.opdId)}
            data={(opds.data ?? []).map((o) => ({ value: String(o.id), label: o.name }))} onChange={(value) => onChange({ opdId: toNumber(value) })} />
        )}
        {user.role !== 'desa' && (
          <Select label={t('workers.filter.district')} placeholder={all} clearable searchable value={district}
            data={(districts.data ?? []).map((r) => ({ value: r.code, label: r.name }))}
            onChange={(value) => { setDistrict(value); onChange({ villageCode: null }); }} />
        )}
        {user.role !== 'desa' && (
          <Select label={t('workers.filter.village')} placeholder={all} clearable searchable disabled={!district} value={filters.villageCode}
            data={(villages.data ?? []).map((r) => ({ value: r.code, label: r.name }))} onChange={(value) => onChange({ villageCode: value })} />
        )}
        <Select label={t('workers.filter.status')} placeholder={all} clearable value={filters.status}
          data={(['active', 'inactive', 'merged'] as const).map((s) => ({ value: s, label: t(`workers.status.${s}`) }))}
          onChange={(value) => onChange({ status: value as PersonStatus | null })} data-testid="registry-status" />
      </SimpleGrid>
      {hasPermission(user, 'nik:full') && (
        <Group mb="md">
          <Switch label={t('workers.filter.reveal')} checked={reveal} onChange={(e) => onReveal(e.currentTarget.checked)} data-testid="registry-reveal" />
        </Group>
      )}
    </>
  );
}
