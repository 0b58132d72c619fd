// /laporan: the caller's reports — the national view, a province's view or a regency's dashboard, chosen
// by `?region=` (drill-down links) or, without one, by the caller's scope (the server says which).
import { Button, Group, NumberInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '../components/page-header';
import { call, client } from '../lib/api';
import { RegencyDashboard } from './reports/regency-dashboard';
import { RegionView } from './reports/region-view';
import { ReportCrumbs } from './reports/report-crumbs';

export function ReportsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const home = useQuery({ queryKey: ['reports', 'home'], queryFn: () => call(client.GET('/api/v1/reports/home')) });
  const region = params.get('region') ?? home.data?.region ?? null;
  const year = Number(params.get('year')) || home.data?.year || new Date().getFullYear();
  const setYear = (y: number) => { const next = new URLSearchParams(params); next.set('year', String(y)); setParams(next); };
  return (
    <>
      <PageHeader title={t('nav.reports')} />
      <Group mb="md" className="no-print">
        <NumberInput label={t('reports.year')} value={year} min={2000} max={2100} w={120} onChange={(v) => typeof v === 'number' && v >= 2000 && v <= 2100 && setYear(v)} />
        <Button variant="default" mt={24} onClick={() => window.print()}>{t('reports.print')}</Button>
      </Group>
      {home.data && <ReportCrumbs region={region} home={home.data.region} year={year} />}
      {home.data && (region && region.length === 5 ? <RegencyDashboard code={region} year={year} /> : <RegionView region={region} year={year} />)}
    </>
  );
}
