// One agreement: its actions by status (sign, activate, end, addendum, renew, exports) and tabs for the
// summary, participant groups, budget & plan (with the what-if), documents and the addenda history.
import { Anchor, Badge, Button, Group, Tabs, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useCurrentUser } from '../../app/current-user';
import { ConfirmModal } from '../../components/confirm-modal';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { PageLoader } from '../../components/page-loader';
import { hasPermission } from '../../lib/auth';
import { BillingAlerts } from '../billing/billing-alerts';
import { StatusBadge } from './agreement-badges';
import { AgreementSummary } from './agreement-summary';
import { agreementCalls, useAgreement, useAgreementMutation } from './agreements.api';
import type { AgreementDetail } from './agreements.types';
import { DocumentsTab } from './documents-tab';
import { GroupsTab } from './groups-tab';
import { HistoryTab } from './history-tab';
import { PlanTab } from './plan-tab';
import { SignModal } from './sign-modal';

const TABS = ['summary', 'groups', 'plan', 'documents', 'history'] as const;

function Actions({ detail }: { detail: AgreementDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const a = detail.agreement;
  const calls = agreementCalls(a.tenantCode, a.id);
  const [isSignOpen, signModal] = useDisclosure(false);
  const [isEndOpen, endDialog] = useDisclosure(false);
  const activate = useAgreementMutation(a.tenantCode, calls.activate);
  const end = useAgreementMutation(a.tenantCode, calls.end);
  const renew = useAgreementMutation(a.tenantCode, calls.renew);
  const canWrite = hasPermission(useCurrentUser(), 'agreements:write');
  const base = `/perjanjian/${a.tenantCode}/${a.id}`;
  return (
    <Group gap="xs">
      {canWrite && a.status === 'draft' && <Button variant="default" component={Link} to={`${base}/ubah`} data-testid="agreement-edit">{t('agreements.actions.edit')}</Button>}
      {canWrite && a.status === 'draft' && <Button onClick={signModal.open} data-testid="agreement-sign">{t('agreements.actions.sign')}</Button>}
      {canWrite && a.status === 'signed' && <Button loading={activate.isPending} onClick={() => activate.mutate(undefined)} data-testid="agreement-activate">{t('agreements.actions.activate')}</Button>}
      {canWrite && (a.status === 'signed' || a.status === 'active') && <>
        <Button variant="light" component={Link} to={`${base}/addendum`} data-testid="agreement-addendum">{t('agreements.actions.addendum')}</Button>
        <Button variant="subtle" color="red" onClick={endDialog.open} data-testid="agreement-end">{t('agreements.actions.end')}</Button>
      </>}
      {canWrite && a.kind === 'pks' && (
        <Button variant="default" loading={renew.isPending} data-testid="agreement-renew" onClick={() => renew.mutate(undefined, {
          onSuccess: (next) => { notifications.show({ color: 'green', message: t('agreements.renewed') }); navigate(`/perjanjian/${next.tenantCode}/${next.id}`); },
        })}>{t('agreements.actions.renew')}</Button>
      )}
      <Button variant="default" component="a" href={calls.fileUrl('summary.pdf')} data-testid="agreement-pdf">{t('agreements.actions.pdf')}</Button>
      {a.kind === 'pks' && <Button variant="default" component="a" href={calls.fileUrl('plan.xlsx')} data-testid="agreement-xlsx">{t('agreements.actions.xlsx')}</Button>}
      {(activate.error ?? renew.error) && <ErrorAlert error={activate.error ?? renew.error} />}
      <SignModal agreement={a} opened={isSignOpen} onClose={signModal.close} />
      <ConfirmModal opened={isEndOpen} title={t('agreements.actions.end')} body={t('agreements.confirmEnd')} confirm={t('agreements.actions.end')} color="red"
        pending={end.isPending} error={end.error} onClose={endDialog.close} testId="agreement-end-confirm"
        onConfirm={() => end.mutate(undefined, { onSuccess: endDialog.close })} />
    </Group>
  );
}

export function AgreementDetailPage() {
  const { t } = useTranslation();
  const { tenant = '', id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const detail = useAgreement(tenant, Number(id));
  if (detail.isPending) return <PageLoader />;
  if (detail.isError) return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  const a = detail.data.agreement;
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? params.get('tab')! : a.kind === 'pks' ? 'plan' : 'summary';
  const tabs = TABS.filter((key) => a.kind === 'pks' || (key !== 'groups' && key !== 'plan'));
  return (
    <>
      <Anchor component={Link} to={`/perjanjian?pemda=${a.tenantCode}`} fz="sm">← {t('nav.agreements')}</Anchor>
      <PageHeader title={`${t(`agreements.kind.${a.kind}`)} ${a.number}`} />
      <Group gap="sm" mt={-12} mb="md">
        <StatusBadge phase={a.phase} />
        <Badge variant="outline" color="gray">{t('agreements.addendum.version', { version: String(a.version) })}</Badge>
        <Text c="dimmed" fz="sm">{a.title}</Text>
      </Group>
      <BillingAlerts tenant={a.tenantCode} agreementId={a.id} />
      <Actions detail={detail.data} />
      <Tabs mt="lg" value={tab} onChange={(value) => value && setParams({ tab: value }, { replace: true })} keepMounted={false}>
        <Tabs.List mb="md">
          {tabs.map((key) => <Tabs.Tab key={key} value={key} data-testid={`tab-${key}`}>{t(`agreements.tabs.${key}`)}</Tabs.Tab>)}
        </Tabs.List>
        <Tabs.Panel value="summary"><AgreementSummary detail={detail.data} /></Tabs.Panel>
        <Tabs.Panel value="groups"><GroupsTab agreement={a} /></Tabs.Panel>
        <Tabs.Panel value="plan"><PlanTab agreement={a} /></Tabs.Panel>
        <Tabs.Panel value="documents"><DocumentsTab detail={detail.data} /></Tabs.Panel>
        <Tabs.Panel value="history"><HistoryTab detail={detail.data} /></Tabs.Panel>
      </Tabs>
    </>
  );
}
