// The regency dashboard (Beranda of dinas, auditor and a regency viewer; /laporan for a regency): who is
// protected against the PKS quotas month by month, the budget against what was billed and paid, the bills
// due and overdue, claims, coverage by kecamatan, village and OPD, and UCJ against the target with its
// source. Every panel has figures and a chart, and links to the page with its detail.
import '@mantine/charts/styles.css';
import './reports-print.css';
import { BarChart } from '@mantine/charts';
import { Alert, Badge, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../api/types';
import { call, client } from '../../lib/api';
import { useFormat } from '../../lib/use-format';
import { shortMonth } from '../billing/realisation-series';
import { ClaimsPanel } from './claims-panel';
import { CoveragePanels } from './coverage-panels';
import { BillsPanel, BudgetPanel } from './money-panels';
import { ReportExportMenu } from './report-export-menu';
import { Panel, Stat } from './report-panel';
import { PALETTE } from './report-figures';
import { UcjCard } from './ucj-card';

type Dashboard = ResponseOf<'/api/v1/reports/regencies/{code}', 'get'>;

function ParticipantsPanel({ d }: { d: Dashboard }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const p = d.participants;
  const monthly = d.monthly.map((m) => ({ label: shortMonth(m.month, lang), nonAsn: m.nonAsn, rentan: m.rentan }));
  return (
    <Panel title={t('reports.monthly.title')} detail={{ to: '/kepesertaan', permission: 'enrolment:read' }} testId="participants-panel">
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="sm">
        <Stat label={t('reports.protected')} value={f.number(p.total)} note={t('reports.ofQuota', { quota: f.number(p.quotaNonAsn + p.quotaRentan) })} testId="protected" />
        <Stat label={t('reports.nonAsn')} value={f.number(p.nonAsn)} note={t('reports.ofQuota', { quota: f.number(p.quotaNonAsn) })} />
        <Stat label={t('reports.rentan')} value={f.number(p.rentan)} note={t('reports.ofQuota', { quota: f.number(p.quotaRentan) })} />
      </SimpleGrid>
      <Text fz="sm" c="dimmed" mb="sm">{t('reports.asOfNote')}</Text>
      {monthly.length > 0 && (
        <div data-testid="monthly-chart">
          <BarChart h={280} data={monthly} dataKey="label" type="stacked" withLegend valueFormatter={(v) => f.number(v)} yAxisProps={{ width: 64 }}
            referenceLines={[
              { y: p.quotaNonAsn, label: t('reports.quotaOf', { group: t('reports.nonAsn') }), color: PALETTE.nonAsn, strokeDasharray: '4 4' },
              { y: p.quotaNonAsn + p.quotaRentan, label: t('reports.quota'), color: PALETTE.quota },
            ]}
            series={[{ name: 'nonAsn', label: t('reports.nonAsn'), color: PALETTE.nonAsn }, { name: 'rentan', label: t('reports.rentan'), color: PALETTE.rentan }]} />
        </div>
      )}
    </Panel>
  );
}

export function RegencyDashboard({ code, year }: { code: string; year: number }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['reports', 'regency', code, year], queryFn: () => call(client.GET('/api/v1/reports/regencies/{code}', { params: { path: { code }, query: { year } } })) });
  if (!q.data) return q.error ? <Alert color="red">{String(q.error.message)}</Alert> : <Group><Loader size="sm" /><Text>{t('reports.loading')}</Text></Group>;
  const d = q.data;
  return (
    <Stack data-testid="regency-dashboard" data-protected={d.participants.total} className="report-view">
      <Title order={3}>{d.region.name} · {year}</Title>
      <ReportExportMenu region={code} year={year} />
      {!d.pks && <Badge color="gray" size="lg">{t('reports.noPks')}</Badge>}
      <ParticipantsPanel d={d} />
      {d.budget && <BudgetPanel b={d.budget} />}
      {d.bills && d.pks && <BillsPanel bills={d.bills} agreementId={d.pks.agreementId} />}
      {d.claims && <ClaimsPanel c={d.claims} />}
      <CoveragePanels d={d} />
      <UcjCard ucj={d.ucj} detail={{ to: `/laporan?region=${code}&year=${year}` }} />
    </Stack>
  );
}
