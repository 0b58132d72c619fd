// The province view (every regency and city, those without a programme shown as such) and the national
// view (every province): bar charts of participants and of the money (budget, paid, overdue), and one
// sortable table; each row drills down (/laporan?region=…).
import '@mantine/charts/styles.css';
import './reports-print.css';
import { BarChart } from '@mantine/charts';
import { Alert, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../api/types';
import { call, client } from '../../lib/api';
import { useFormat } from '../../lib/use-format';
import { compactRupiah } from '../billing/realisation-series';
import { RegionTable } from './region-table';
import { ReportExportMenu } from './report-export-menu';
import { PALETTE } from './report-figures';
import { useChartLabels } from './use-chart-labels';

type View = ResponseOf<'/api/v1/reports/regions', 'get'>;

function Charts({ d }: { d: View }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const yAxis = useChartLabels(210);
  const people = [...d.rows].sort((a, b) => b.participants - a.participants || a.name.localeCompare(b.name, 'id')).map((r) => ({ name: r.name, nonAsn: r.nonAsn, rentan: r.rentan }));
  const money = d.rows.flatMap((r) => (r.money ? [{ name: r.name, budget: r.money.budget, paid: r.money.paid, overdue: r.money.overdue }] : []));
  return (
    <>
      <Card withBorder padding="md" className="report-panel" data-testid="region-chart">
        <Title order={4} mb="sm">{t('reports.chart.participants')}</Title>
        <BarChart h={Math.max(200, people.length * 28 + 60)} data={people} dataKey="name" orientation="vertical" type="stacked" withLegend gridAxis="none"
          yAxisProps={yAxis} valueFormatter={(v) => f.number(v)}
          series={[{ name: 'nonAsn', label: t('reports.nonAsn'), color: PALETTE.nonAsn }, { name: 'rentan', label: t('reports.rentan'), color: PALETTE.rentan }]} />
      </Card>
      {money.length > 0 && (
        <Card withBorder padding="md" className="report-panel" data-testid="region-money-chart">
          <Title order={4} mb="sm">{t('reports.chart.realisation')}</Title>
          <BarChart h={Math.max(160, money.length * 70 + 60)} data={money} dataKey="name" orientation="vertical" withLegend gridAxis="none"
            yAxisProps={yAxis} xAxisProps={{ tickFormatter: (v: number) => compactRupiah(v, lang) }} valueFormatter={(v) => f.rupiah(v)}
            series={[{ name: 'budget', label: t('reports.table.budget'), color: PALETTE.quota }, { name: 'paid', label: t('reports.budget.paid'), color: PALETTE.nonAsn },
              { name: 'overdue', label: t('reports.table.overdue'), color: PALETTE.overdue }]} />
        </Card>
      )}
    </>
  );
}

export function RegionView({ region, year }: { region: string | null; year: number }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['reports', 'regions', region, year], queryFn: () => call(client.GET('/api/v1/reports/regions', { params: { query: { ...(region ? { region } : {}), year } } })) });
  if (!q.data) return q.error ? <Alert color="red">{String(q.error.message)}</Alert> : <Group><Loader size="sm" /><Text>{t('reports.loading')}</Text></Group>;
  const d = q.data;
  const sources = [...new Map(d.sources.map((s) => [`${s.source}|${s.year}|${s.example}`, s])).values()];
  return (
    <Stack data-testid={`region-view-${d.level}`} data-rows={d.rows.length} className="report-view">
      <Title order={3}>{d.level === 'nation' ? t('reports.nation') : d.regionName ?? d.region} · {year}</Title>
      <ReportExportMenu region={d.region} year={year} />
      <Charts d={d} />
      <Card withBorder padding={0} className="report-panel"><RegionTable d={d} year={year} /></Card>
      <Stack gap={2}>
        {sources.map((s) => <Text key={`${s.source}-${s.year}`} fz="xs" c="dimmed">{t('reports.ucj.source', { source: s.source, year: s.year })}{s.example ? ` — ${t('reports.ucj.example')}` : ''}</Text>)}
      </Stack>
    </Stack>
  );
}
