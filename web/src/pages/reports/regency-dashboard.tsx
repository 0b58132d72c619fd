// The regency dashboard (Beranda of dinas, auditor and a regency viewer; /laporan for a regency): who is
// protected against the PKS quotas month by month, the budget against what was billed and paid, claims,
// coverage by kecamatan and OPD, and UCJ against the target with its source. Each figure links onward.
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Alert, Anchor, Badge, Card, Group, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ResponseOf } from '../../api/types';
import { call, client } from '../../lib/api';
import { useFormat } from '../../lib/use-format';
import { RealisationChart } from '../billing/realisation-chart';
import { shortMonth } from '../billing/realisation-series';
import { PALETTE, percentText, shortfallOf } from './report-figures';
import { ReportExportMenu } from './report-export-menu';
import { UcjCard } from './ucj-card';

type Dashboard = ResponseOf<'/api/v1/reports/regencies/{code}', 'get'>;

function Stat({ label, value, note, to }: { label: string; value: string; note?: string; to?: string }) {
  const body = (
    <Card withBorder padding="md" h="100%">
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text fz={26} fw={700}>{value}</Text>
      {note && <Text fz="sm" c="dimmed">{note}</Text>}
    </Card>
  );
  return to ? <Anchor component={Link} to={to} underline="never" c="inherit">{body}</Anchor> : body;
}

function Budget({ d }: { d: Dashboard }) {
  const { t } = useTranslation();
  const f = useFormat();
  const b = d.budget!;
  const short = shortfallOf(b);
  return (
    <Card withBorder padding="md" data-testid="budget-panel">
      <Title order={4} mb="sm">{t('reports.budget.title')}</Title>
      <SimpleGrid cols={{ base: 2, md: 5 }} mb="sm">
        <Stat label={t('reports.budget.budget')} value={f.rupiah(b.budget)} to="/tagihan" />
        <Stat label={t('reports.budget.billed')} value={f.rupiah(b.billed)} to="/tagihan" />
        <Stat label={t('reports.budget.paid')} value={f.rupiah(b.paid)} to="/tagihan" />
        <Stat label={t('reports.budget.outstanding')} value={f.rupiah(b.outstanding)} to="/tagihan" />
        <Stat label={t('reports.budget.lateFees')} value={f.rupiah(b.lateFees)} to="/tagihan" />
      </SimpleGrid>
      {short > 0 && <Alert color="orange" mb="sm" data-testid="shortfall">{t('reports.budget.shortfall', { amount: f.rupiah(short) })}</Alert>}
      <Text mb="sm">{b.runsOutIn ? `${t('reports.budget.runsOut')} ${b.runsOutIn}` : t('reports.budget.notRunningOut')}</Text>
      <RealisationChart months={b.months} budget={b.budget} />
    </Card>
  );
}

function Claims({ d }: { d: Dashboard }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const c = d.claims!;
  return (
    <Card withBorder padding="md">
      <Title order={4} mb="sm">{t('reports.claims.title')}</Title>
      {c.counts.length === 0 ? <Text c="dimmed">{t('reports.claims.none')}</Text> : (
        <Table striped>
          <Table.Thead><Table.Tr><Table.Th>{t('reports.claims.type')}</Table.Th><Table.Th>{t('reports.claims.status')}</Table.Th><Table.Th ta="right">{t('reports.claims.count')}</Table.Th><Table.Th ta="right">{t('reports.claims.benefits')}</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>{c.counts.map((r) => (
            <Table.Tr key={`${r.type}-${r.status}`}><Table.Td>{r.type.toUpperCase()}</Table.Td><Table.Td>{r.status}</Table.Td><Table.Td ta="right">{f.number(r.count)}</Table.Td><Table.Td ta="right">{f.rupiah(r.benefitsPaid)}</Table.Td></Table.Tr>
          ))}</Table.Tbody>
        </Table>
      )}
      <Group mt="sm"><Text>{t('reports.claims.benefits')}: <b>{f.rupiah(c.benefitsPaid)}</b></Text>
        <Text>{t('reports.claims.utilisation')}: <b>{percentText(c.ratio === null ? null : c.ratio * 100, i18n.language === 'en' ? 'en' : 'id')}</b></Text></Group>
    </Card>
  );
}

function UnitBars({ title, rows, color, testId }: { title: string; rows: { name: string; participants: number }[]; color: string; testId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const data = rows.map((r) => ({ name: r.name, participants: r.participants }));
  return (
    <Card withBorder padding="md" data-testid={testId}>
      <Title order={4} mb="sm">{title}</Title>
      <BarChart h={Math.max(160, data.length * 26)} data={data} dataKey="name" orientation="vertical" yAxisProps={{ width: 180 }}
        series={[{ name: 'participants', label: t('reports.units.participants'), color }]} valueFormatter={(v) => f.number(v)} />
      <Table mt="sm" striped>
        <Table.Thead><Table.Tr><Table.Th>{t('reports.units.name')}</Table.Th><Table.Th ta="right">{t('reports.units.participants')}</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>{rows.map((r) => <Table.Tr key={r.name}><Table.Td>{r.name}</Table.Td><Table.Td ta="right">{f.number(r.participants)}</Table.Td></Table.Tr>)}</Table.Tbody>
      </Table>
    </Card>
  );
}

export function RegencyDashboard({ code, year }: { code: string; year: number }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const q = useQuery({ queryKey: ['reports', 'regency', code, year], queryFn: () => call(client.GET('/api/v1/reports/regencies/{code}', { params: { path: { code }, query: { year } } })) });
  if (!q.data) return q.error ? <Alert color="red">{String(q.error.message)}</Alert> : <Group><Loader size="sm" /><Text>{t('reports.loading')}</Text></Group>;
  const d = q.data;
  const p = d.participants;
  const monthly = d.monthly.map((m) => ({ label: shortMonth(m.month, lang), nonAsn: m.nonAsn, rentan: m.rentan }));
  return (
    <Stack data-testid="regency-dashboard" data-protected={p.total}>
      <Title order={3}>{d.region.name} · {year}</Title>
      <ReportExportMenu region={code} year={year} />
      {!d.pks && <Badge color="gray" size="lg">{t('reports.noPks')}</Badge>}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Stat label={t('reports.protected')} value={f.number(p.total)} note={t('reports.ofQuota', { quota: f.number(p.quotaNonAsn + p.quotaRentan) })} to="/kepesertaan" />
        <Stat label={t('reports.nonAsn')} value={f.number(p.nonAsn)} note={t('reports.ofQuota', { quota: f.number(p.quotaNonAsn) })} to="/kepesertaan" />
        <Stat label={t('reports.rentan')} value={f.number(p.rentan)} note={t('reports.ofQuota', { quota: f.number(p.quotaRentan) })} to="/kepesertaan" />
      </SimpleGrid>
      <Text fz="sm" c="dimmed">{t('reports.asOfNote')}</Text>
      {monthly.length > 0 && (
        <Card withBorder padding="md">
          <Title order={4} mb="sm">{t('reports.monthly.title')}</Title>
          <BarChart h={280} data={monthly} dataKey="label" type="stacked" withLegend valueFormatter={(v) => f.number(v)}
            referenceLines={[{ y: p.quotaNonAsn + p.quotaRentan, label: t('reports.quota'), color: PALETTE.quota }]}
            series={[{ name: 'nonAsn', label: t('reports.nonAsn'), color: PALETTE.nonAsn }, { name: 'rentan', label: t('reports.rentan'), color: PALETTE.rentan }]} />
        </Card>
      )}
      {d.budget && <Budget d={d} />}
      {d.claims && <Claims d={d} />}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {d.byDistrict.length > 0 && <UnitBars title={t('reports.units.districts')} rows={d.byDistrict} color={PALETTE.rentan} testId="by-district" />}
        {d.byOpd.length > 0 && <UnitBars title={t('reports.units.opds')} rows={d.byOpd} color={PALETTE.nonAsn} testId="by-opd" />}
      </SimpleGrid>
      <UcjCard ucj={d.ucj} />
    </Stack>
  );
}
