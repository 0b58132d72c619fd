// The sortable table of the province view (one row per regency/city: its PKS with status and period,
// or "Belum ada program") and of the national view (one row per province: how many regencies run a
// PKS). Each region's name drills down to its own view.
import { Anchor, Badge, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ResponseOf } from '../../api/types';
import { useFormat } from '../../lib/use-format';
import { percentText, sortRows, type SortKey } from './report-figures';

type View = ResponseOf<'/api/v1/reports/regions', 'get'>;

export function flatRows(d: View) {
  return d.rows.map((r) => ({
    ...r, budget: r.money?.budget ?? null, realisation: r.money?.realisation ?? null, overdue: r.money?.overdue ?? null,
    // claims filed in the year (by incident date); a region without a programme has none to show
    filed: r.money ? r.claims?.filed ?? 0 : null,
  }));
}

export function RegionTable({ d, year }: { d: View; year: number }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'participants', desc: true });
  const rows = sortRows(flatRows(d), sort.key, sort.desc);
  const header = (key: SortKey, label: string) => (
    <Table.Th ta={key === 'name' ? 'left' : 'right'} aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
      <UnstyledButton fw={600} fz="sm" data-testid={`sort-${key}`} onClick={() => setSort({ key, desc: sort.key === key ? !sort.desc : key !== 'name' })}>
        {label}{sort.key === key ? (sort.desc ? ' ▼' : ' ▲') : ''}
      </UnstyledButton>
    </Table.Th>
  );
  const money = (v: number | null | undefined) => (v == null ? '–' : f.rupiah(v));
  const total = d.moneyTotal;
  return (
    <Table.ScrollContainer minWidth={1080}>
      <Table striped highlightOnHover data-testid="region-table" style={{ whiteSpace: 'nowrap' }}>
        <Table.Thead><Table.Tr>
          {header('name', t('reports.table.name'))}
          {header('participants', t('reports.table.participants'))}
          {header('nonAsn', t('reports.table.nonAsn'))}
          {header('rentan', t('reports.table.rentan'))}
          <Table.Th>{d.level === 'nation' ? t('reports.table.withProgramme') : t('reports.table.pks')}</Table.Th>
          {header('budget', t('reports.table.budget'))}
          {header('realisation', t('reports.table.realisation'))}
          {header('overdue', t('reports.table.overdue'))}
          {header('filed', t('reports.table.claims'))}
          {header('ucj', t('reports.table.ucj'))}
          <Table.Th ta="right">{t('reports.table.target')}</Table.Th>
        </Table.Tr></Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.code} data-code={r.code} data-testid="region-row">
              <Table.Td><Anchor component={Link} to={`/laporan?region=${r.code}&year=${year}`} data-testid={`drill-${r.code}`}>{r.name}</Anchor></Table.Td>
              <Table.Td ta="right">{f.number(r.participants)}</Table.Td>
              <Table.Td ta="right">{f.number(r.nonAsn)}</Table.Td>
              <Table.Td ta="right">{f.number(r.rentan)}</Table.Td>
              <Table.Td>{d.level === 'nation' ? f.number(r.withProgramme ?? 0) : r.pks ? (
                <Stack gap={0}>
                  <Text fz="sm">{r.pks.number} <Badge size="xs" variant="light">{t(`agreements.status.${r.pks.status}`)}</Badge></Text>
                  <Text fz="xs" c="dimmed">{f.date(r.pks.periodStart)} – {f.date(r.pks.periodEnd)}</Text>
                </Stack>
              ) : <Badge color="gray" variant="light" data-testid="no-programme">{t('reports.noProgramme')}</Badge>}</Table.Td>
              <Table.Td ta="right">{money(r.budget)}</Table.Td>
              <Table.Td ta="right">{percentText(r.realisation, lang)}</Table.Td>
              <Table.Td ta="right" c={r.overdue ? 'red.8' : undefined}>{money(r.overdue)}</Table.Td>
              <Table.Td ta="right">{r.filed === null ? '–' : f.number(r.filed)}</Table.Td>
              <Table.Td ta="right">{percentText(r.ucj, lang)}</Table.Td>
              <Table.Td ta="right">{percentText(r.ucjTarget, lang)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot><Table.Tr>
          <Table.Th>{t('reports.table.total')}</Table.Th><Table.Th ta="right">{f.number(d.total.participants)}</Table.Th>
          <Table.Th ta="right">{f.number(d.total.nonAsn)}</Table.Th><Table.Th ta="right">{f.number(d.total.rentan)}</Table.Th><Table.Th />
          <Table.Th ta="right">{money(total?.budget)}</Table.Th><Table.Th ta="right">{percentText(total?.realisation ?? null, lang)}</Table.Th>
          <Table.Th ta="right">{money(total?.overdue)}</Table.Th><Table.Th ta="right">{total ? f.number(d.claimsTotal?.filed ?? 0) : '–'}</Table.Th>
          <Table.Th ta="right">{percentText(d.total.ucj, lang)}</Table.Th><Table.Th />
        </Table.Tr></Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
