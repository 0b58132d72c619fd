// Kepesertaan (issue #11): participations with filters and lifecycle actions (enrol a PKS, end one), cards,
// and the BPJS exchange (registration batches, BPJS's answer). Scope is the server's: an OPD operator sees
// its OPD's participants, a village operator its village's, a BPJS officer its branch's regencies.
import { Select, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/current-user';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { PageLoader } from '../../components/page-loader';
import { hasPermission } from '../../lib/auth';
import { useTenantChoice } from '../../lib/use-tenant-choice';
import { BatchesTab } from './batches-tab';
import { EndModal } from './end-modal';
import { EnrolPanel } from './enrol-panel';
import { useParticipants } from './enrolment.api';
import type { Participant, ParticipantFilters } from './enrolment.types';
import { ParticipantFiltersBar } from './participant-filters';
import { ParticipantsTable } from './participants-table';

const NO_FILTERS: ParticipantFilters = { status: null, agreementId: null, groupId: null, opdId: null, villageCode: null };

function Participants({ tenant }: { tenant: string }) {
  const user = useCurrentUser();
  const [filters, setFilters] = useState(NO_FILTERS);
  const [page, setPage] = useState(1);
  const [ending, setEnding] = useState<Participant | null>(null);
  const list = useParticipants(tenant, filters, page);
  const canWrite = hasPermission(user, 'enrolment:write');
  return (
    <>
      {canWrite && hasPermission(user, 'agreements:read') && <EnrolPanel tenant={tenant} />}
      <ParticipantFiltersBar tenant={tenant} filters={filters} onChange={(patch) => { setFilters((f) => ({ ...f, ...patch })); setPage(1); }} />
      {list.isPending && <PageLoader />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && <ParticipantsTable tenant={tenant} items={list.data.items} total={list.data.total} page={page} onPage={setPage} canEnd={canWrite} onEnd={setEnding} />}
      <EndModal key={ending?.id ?? 0} tenant={tenant} participant={ending} onClose={() => setEnding(null)} />
    </>
  );
}

export function EnrolmentPage() {
  const { t } = useTranslation();
  const { tenant, tenants, choose } = useTenantChoice();
  return (
    <>
      <PageHeader title={t('nav.enrolment')} />
      <Text c="dimmed" mb="md">{t('enrolment.intro')}</Text>
      {tenants && tenants.length > 0 && (
        <Select label={t('workers.tenant')} mb="md" maw={360} value={tenant} allowDeselect={false}
          data={tenants.map((x) => ({ value: x.code, label: `${x.name} (${x.code})` }))} onChange={(code) => code && choose(code)} />
      )}
      {tenant && (
        <Tabs defaultValue="participants" keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="participants" data-testid="tab-participants">{t('enrolment.tabs.participants')}</Tabs.Tab>
            <Tabs.Tab value="batches" data-testid="tab-batches">{t('enrolment.tabs.batches')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="participants"><Participants key={tenant} tenant={tenant} /></Tabs.Panel>
          <Tabs.Panel value="batches"><BatchesTab key={tenant} tenant={tenant} /></Tabs.Panel>
        </Tabs>
      )}
    </>
  );
}
