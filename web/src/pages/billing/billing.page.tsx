// "Tagihan": a regency's PKS (chosen in the URL: ?pemda=&pks=&tab=) with its bills, payments (SP2D),
// budget realisation and the reconciliation with BPJS. OPD and village operators (no agreements:read) see
// the bills of their own participants only, without the PKS tabs. The router imports `BillingPage`.
import { Select, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useCurrentUser } from '../../app/current-user';
import { PageHeader } from '../../components/page-header';
import { hasPermission } from '../../lib/auth';
import { useTenantChoice } from '../../lib/use-tenant-choice';
import { useAgreements } from '../agreements/agreements.api';
import { BillingAlerts } from './billing-alerts';
import { BillsTab } from './bills-tab';
import { PaymentsTab } from './payments-tab';
import { RealisationTab } from './realisation-tab';
import { ReconciliationTab } from './reconciliation-tab';
import { WholeMonthNote } from './whole-month-note';

const TABS = ['bills', 'payments', 'realisation', 'reconciliation'] as const;
type Tab = (typeof TABS)[number];

function usePksChoice(tenant: string | null, canReadAgreements: boolean) {
  const [params, setParams] = useSearchParams();
  const agreements = useAgreements(canReadAgreements ? tenant : null);
  const pks = (agreements.data ?? []).filter((a) => a.kind === 'pks');
  const chosen = Number(params.get('pks')) || (pks.find((a) => a.phase === 'in_force') ?? pks[0])?.id || null;
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  return { pks, chosen, set, tab: ((TABS as readonly string[]).includes(params.get('tab') ?? '') ? params.get('tab') : 'bills') as Tab };
}

export function BillingPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { tenant, tenants, choose } = useTenantChoice();
  const canReadAgreements = hasPermission(user, 'agreements:read');
  const canSeePayments = hasPermission(user, 'payments:read');
  const { pks, chosen, set, tab } = usePksChoice(tenant, canReadAgreements);
  const tabs = TABS.filter((key) => key === 'bills' || (canReadAgreements && canSeePayments && chosen !== null));
  return (
    <>
      <PageHeader title={t('nav.billing')} />
      {tenants && tenants.length > 0 && (
        <Select label={t('billing.tenant')} mb="md" maw={360} value={tenant} allowDeselect={false}
          data={tenants.map((x) => ({ value: x.code, label: `${x.name} (${x.code})` }))} onChange={(code) => code && choose(code)} />
      )}
      {canReadAgreements && pks.length > 0 && (
        <Select label={t('billing.agreement')} mb="md" maw={520} value={chosen ? String(chosen) : null} allowDeselect={false} data-testid="billing-pks"
          placeholder={t('billing.chooseAgreement')} data={pks.map((a) => ({ value: String(a.id), label: `${a.number} — ${a.title}` }))}
          onChange={(id) => id && set('pks', id)} />
      )}
      <BillingAlerts tenant={tenant} agreementId={chosen ?? undefined} />
      <WholeMonthNote />
      {tenant && (
        <Tabs value={tab} onChange={(value) => value && set('tab', value)} keepMounted={false}>
          <Tabs.List mb="md">
            {tabs.map((key) => <Tabs.Tab key={key} value={key} data-testid={`billing-tab-${key}`}>{t(`billing.tabs.${key}`)}</Tabs.Tab>)}
          </Tabs.List>
          <Tabs.Panel value="bills"><BillsTab tenant={tenant} agreementId={canReadAgreements ? chosen : null} /></Tabs.Panel>
          {chosen !== null && <>
            <Tabs.Panel value="payments"><PaymentsTab tenant={tenant} agreementId={chosen} /></Tabs.Panel>
            <Tabs.Panel value="realisation"><RealisationTab tenant={tenant} agreementId={chosen} /></Tabs.Panel>
            <Tabs.Panel value="reconciliation"><ReconciliationTab tenant={tenant} /></Tabs.Panel>
          </>}
        </Tabs>
      )}
    </>
  );
}
