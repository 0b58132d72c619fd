// The province view (every regency and city, those without a programme shown as such) and the national
// view (every province): one sortable table and a bar chart; each row drills down (/laporan?region=…).
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Alert, Anchor, Badge, Card, Group, Loader, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { call, client } from '../../lib/api';
import { useFormat } from '../../lib/use-format';
import { PALETTE, percentText, sortRows, type SortKey } from './report-figures';
import { ReportExportMenu } from './report-export-menu';

export function RegionView({ region, year }: { region: string | null; year: number }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'participants', desc: true });
  const q = useQuery({ queryKey: ['reports', 'regions', region, year], queryFn: () => call(client.GET('/api/v1/reports/regions', { params: { query: { ...(region ? { region } : {}), year } } })) });
  if (!q.data) return q.error ? <Alert color="red">{String(q.error.message)}</Alert> : <Group><Loader size="sm" /><Text>{t('reports.loading')}</Text></Group>;
  const d = q.data;
  const rows = sortRows(d.rows, sort.key, sort.desc);
  const header = (key: SortKey, label: string, right = true) => (
    <Table.Th ta={right ? 'right' : 'left'}>
      <UnstyledButton fw={600} onClick={() => setSort({ key, desc: sort.key === key ? !sort.desc : true })} aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
        {label}{sort.key === key ? (sort.desc ? ' ▼' : ' ▲') : ''}
      </UnstyledButton>
    </Table.Th>
  );
  const chart = rows.map((r) => ({ name: r.name, nonAsn: r.nonAsn, rentan: r.rentan }));
  return (
    <Stack data-testid={`region-view-${d.level}`} data-rows={d.rows.length}>
      <Title order={3}>{d.level === 'nation' ? t('reports.nation') : d.rows.length ? d.region : ''} · {year}</Title>
      <ReportExportMenu region={d.region} year={year} />
      {d.level === 'province' && <Anchor component={Link} to={`/laporan?year=${year}`}>{t('reports.back', { name: t('reports.nation') })}</Anchor>}
      <Card withBorder padding="md">
        <Title order={4} mb="sm">{t('reports.chart.participants')}</Title>
        <BarChart h={Math.max(200, chart.length * 24)} data={chart} dataKey="name" orientation="vertical" type="stacked" withLegend yAxisProps={{ width: 200 }}
          valueFormatter={(v) => f.number(v)}
          series={[{ name: 'nonAsn', label: t('reports.nonAsn'), color: PALETTE.nonAsn }, { name: 'rentan', label: t('reports.rentan'), color: PALETTE.rentan }]} />
      </Card>
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover data-testid="region-table">
            <Table.Thead><Table.Tr>
              {header('name', t('reports.table.name'), false)}
              {header('participants', t('reports.table.participants'))}
              {header('nonAsn', t('reports.table.nonAsn'))}
              {header('rentan', t('reports.table.rentan'))}
              <Table.Th>{d.level === 'nation' ? t('reports.table.withProgramme') : t('reports.table.pks')}</Table.Th>
              {d.level === 'province' && <Table.Th ta="right">{t('reports.table.budget')}</Table.Th>}
              {header('ucj', t('reports.table.ucj'))}
              <Table.Th ta="right">{t('reports.table.target')}</Table.Th>
            </Table.Tr></Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.code} data-code={r.code}>
                  <Table.Td><Anchor component={Link} to={`/laporan?region=${r.code}&year=${year}`}>{r.name}</Anchor></Table.Td>
                  <Table.Td ta="right">{f.number(r.participants)}</Table.Td>
                  <Table.Td ta="right">{f.number(r.nonAsn)}</Table.Td>
                  <Table.Td ta="right">{f.number(r.rentan)}</Table.Td>
                  <Table.Td>{d.level === 'nation' ? f.number(r.withProgramme ?? 0)
                    : r.pks ? `${r.pks.number} (${f.date(r.pks.periodStart)} – ${f.date(r.pks.periodEnd)})` : <Badge color="gray" variant="light">{t('reports.noProgramme')}</Badge>}</Table.Td>
                  {d.level === 'province' && <Table.Td ta="right">{r.pks?.budget != null ? f.rupiah(r.pks.budget) : '–'}</Table.Td>}
                  <Table.Td ta="right">{percentText(r.ucj, lang)}</Table.Td>
                  <Table.Td ta="right">{percentText(r.ucjTarget, lang)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot><Table.Tr>
              <Table.Th>{t('reports.table.total')}</Table.Th><Table.Th ta="right">{f.number(d.total.participants)}</Table.Th>
              <Table.Th ta="right">{f.number(d.total.nonAsn)}</Table.Th><Table.Th ta="right">{f.number(d.total.rentan)}</Table.Th>
              <Table.Th />{d.level === 'province' && <Table.Th />}<Table.Th ta="right">{percentText(d.total.ucj, lang)}</Table.Th><Table.Th />
            </Table.Tr></Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      </Card>
      <Stack gap={2}>
        {d.sources.map((s) => <Text key={`${s.kind}-${s.regionCode}-${s.year}`} fz="xs" c="dimmed">{s.regionCode}: {t('reports.ucj.source', { source: s.source, year: s.year })}{s.example ? ` — ${t('reports.ucj.example')}` : ''}</Text>)}
      </Stack>
    </Stack>
  );
}
