// The year's claims of the regency: how many of each type in each status (a stacked bar chart and a
// table), the benefits paid, and utilisation — benefits ÷ contributions paid. Detail: the claims page.
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../api/types';
import { useFormat } from '../../lib/use-format';
import { Panel } from './report-panel';
import { percentText, STATUS_COLOURS } from './report-figures';
import { useChartLabels } from './use-chart-labels';

type Claims = NonNullable<ResponseOf<'/api/v1/reports/regencies/{code}', 'get'>['claims']>;

export function ClaimsPanel({ c }: { c: Claims }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const yAxis = useChartLabels(230);
  const typeName = (type: string) => t(`claims.types.${type}` as 'claims.types.jkm');
  const statusName = (status: string) => t(`claims.status.${status}` as 'claims.status.dibayar');
  const statuses = [...new Set(c.counts.map((r) => r.status))];
  const types = [...new Set(c.counts.map((r) => r.type))];
  const data = types.map((type) => Object.fromEntries([['type', typeName(type)], ...statuses.map((s) => [s, c.counts.find((r) => r.type === type && r.status === s)?.count ?? 0])]));
  return (
    <Panel title={t('reports.claims.title')} detail={{ to: '/klaim', permission: 'claims:read' }} testId="claims-panel">
      {c.counts.length === 0 ? <Text c="dimmed">{t('reports.claims.none')}</Text> : (
        <>
          <Text fz="sm" fw={500} mb={4}>{t('reports.claims.chart')}</Text>
          <div data-testid="claims-chart">
            <BarChart h={Math.max(160, types.length * 40 + 60)} data={data} dataKey="type" orientation="vertical" type="stacked" withLegend gridAxis="none"
              yAxisProps={yAxis} valueFormatter={(v) => f.number(v)} xAxisProps={{ allowDecimals: false }}
              series={statuses.map((s, i) => ({ name: s, label: statusName(s), color: STATUS_COLOURS[i % STATUS_COLOURS.length]! }))} />
          </div>
          <Table.ScrollContainer minWidth={420} mt="sm">
            <Table striped>
              <Table.Thead><Table.Tr><Table.Th>{t('reports.claims.type')}</Table.Th><Table.Th>{t('reports.claims.status')}</Table.Th><Table.Th ta="right">{t('reports.claims.count')}</Table.Th><Table.Th ta="right">{t('reports.claims.benefits')}</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>{c.counts.map((r) => (
                <Table.Tr key={`${r.type}-${r.status}`}><Table.Td>{typeName(r.type)}</Table.Td><Table.Td>{statusName(r.status)}</Table.Td><Table.Td ta="right">{f.number(r.count)}</Table.Td><Table.Td ta="right">{f.rupiah(r.benefitsPaid)}</Table.Td></Table.Tr>
              ))}</Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      <Group mt="sm" gap="xl">
        <Text>{t('reports.claims.benefits')}: <b data-testid="benefits-paid">{f.rupiah(c.benefitsPaid)}</b></Text>
        <Text>{t('reports.claims.contributions')}: <b>{f.rupiah(c.contributionsPaid)}</b></Text>
        <Text>{t('reports.claims.utilisation')}: <b>{percentText(c.ratio === null ? null : c.ratio * 100, lang)}</b></Text>
      </Group>
    </Panel>
  );
}
