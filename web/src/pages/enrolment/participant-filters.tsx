// Filters of the participants page: status, PKS → group, OPD, district → village. An OPD or village
// operator is confined by the server, so those filters are not offered to them; the PKS list needs
// `agreements:read`. With a village or OPD chosen, its active participants' cards print on A4.
import { Button, Group, Select, SimpleGrid } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/current-user';
import { hasPermission } from '../../lib/auth';
import { useAgreements } from '../agreements/agreements.api';
import { useOpds } from '../imports/imports.api';
import { useRegions } from '../workers/workers.api';
import { cardSheetUrl } from './enrolment.api';
import { STATUSES, type ParticipantFilters, type ParticipationStatus } from './enrolment.types';

const toNumber = (value: string | null) => (value ? Number(value) : null);

export function ParticipantFiltersBar({ tenant, filters, onChange }: { tenant: string; filters: ParticipantFilters; onChange: (patch: Partial<ParticipantFilters>) => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [district, setDistrict] = useState<string | null>(null);
  const agreements = useAgreements(hasPermission(user, 'agreements:read') ? tenant : null);
  const opds = useOpds(user.role === 'opd' ? null : tenant);
  const districts = useRegions(user.role === 'desa' ? null : tenant);
  const villages = useRegions(district);
  const pks = (agreements.data ?? []).filter((a) => a.kind === 'pks');
  const groups = pks.find((a) => a.id === filters.agreementId)?.groups ?? [];
  const all = t('enrolment.filter.all');
  const sheet = filters.villageCode ? { villageCode: filters.villageCode } : filters.opdId ? { opdId: filters.opdId } : null;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3, lg: 6 }} spacing="sm" mb="sm">
        <Select label={t('enrolment.filter.status')} placeholder={all} clearable value={filters.status} data-testid="filter-status"
          data={STATUSES.map((s) => ({ value: s, label: t(`enrolment.status.${s}`) }))} onChange={(v) => onChange({ status: v as ParticipationStatus | null })} />
        {pks.length > 0 && (
          <Select label={t('enrolment.filter.pks')} placeholder={all} clearable value={filters.agreementId === null ? null : String(filters.agreementId)}
            data={pks.map((a) => ({ value: String(a.id), label: a.number }))} onChange={(v) => onChange({ agreementId: toNumber(v), groupId: null })} />
        )}
        {groups.length > 0 && (
          <Select label={t('enrolment.filter.group')} placeholder={all} clearable value={filters.groupId === null ? null : String(filters.groupId)}
            data={groups.flatMap((g) => (g.id === undefined ? [] : [{ value: String(g.id), label: g.name }]))} onChange={(v) => onChange({ groupId: toNumber(v) })} />
        )}
        {user.role !== 'opd' && (
          <Select label={t('enrolment.filter.opd')} placeholder={all} clearable searchable value={filters.opdId === null ? null : String(filters.opdId)}
            data={(opds.data ?? []).map((o) => ({ value: String(o.id), label: o.name }))} onChange={(v) => onChange({ opdId: toNumber(v) })} />
        )}
        {user.role !== 'desa' && (
          <Select label={t('workers.filter.district')} placeholder={all} clearable searchable value={district}
            data={(districts.data ?? []).map((r) => ({ value: r.code, label: r.name }))} onChange={(v) => { setDistrict(v); onChange({ villageCode: null }); }} />
        )}
        {user.role !== 'desa' && (
          <Select label={t('enrolment.filter.village')} placeholder={all} clearable searchable disabled={!district} value={filters.villageCode}
            data={(villages.data ?? []).map((r) => ({ value: r.code, label: r.name }))} onChange={(v) => onChange({ villageCode: v })} />
        )}
      </SimpleGrid>
      {sheet && (
        <Group mb="sm">
          <Button component="a" href={cardSheetUrl(tenant, sheet)} target="_blank" variant="light" size="xs" data-testid="cards-sheet">{t('enrolment.sheet')}</Button>
        </Group>
      )}
    </>
  );
}
