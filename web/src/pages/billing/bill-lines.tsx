// A bill's participant lines: filters by OPD/village, line kind and name/NIK, paged on the server; each
// line opens the explanation of its amount. NIKs arrive masked.
import { Button, Card, Group, Pagination, Select, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { useFormat } from '../../lib/use-format';
import { useBillLines } from './billing.api';
import type { BillDetail, BillLine, LineKind } from './billing.types';
import { LineExplanation } from './line-explanation';
import { shortMonth } from './realisation-series';

const PAGE = 50;
const KINDS: LineKind[] = ['regular', 'susulan', 'pengurangan'];
const NOWRAP = { whiteSpace: 'nowrap' } as const;

export function BillLines({ tenant, bill }: { tenant: string; bill: BillDetail }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const [unit, setUnit] = useState<string | null>(null);
  const [kind, setKind] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [page, setPage] = useState(1);
  const [explained, setExplained] = useState<BillLine | null>(null);
  const unitRow = bill.byUnit.find((u) => `${u.unitKind}:${u.code}` === unit);
  const lines = useBillLines(tenant, bill.id, {
    ...(unitRow?.unitKind === 'opd' ? { opdId: Number(unitRow.code) } : {}), ...(unitRow?.unitKind === 'village' ? { villageCode: unitRow.code } : {}),
    ...(kind ? { kind: kind as LineKind } : {}), ...(q ? { q } : {}), limit: PAGE, offset: (page - 1) * PAGE,
  });
  const total = lines.data?.total ?? 0;
  const reset = <T,>(set: (v: T) => void) => (v: T) => { set(v); setPage(1); };
  return (
    <>
      <Group align="flex-end" mb="sm">
        <Select label={t('billing.filter.unit')} clearable searchable placeholder={t('billing.filter.all')} value={unit} onChange={reset(setUnit)} w={300}
          data={bill.byUnit.map((u) => ({ value: `${u.unitKind}:${u.code}`, label: u.name }))} data-testid="lines-unit" />
        <Select label={t('billing.filter.kind')} clearable placeholder={t('billing.filter.all')} value={kind} onChange={reset(setKind)} w={200}
          data={KINDS.map((k) => ({ value: k, label: t(`billing.lineKind.${k}`) }))} data-testid="lines-kind" />
        <TextInput label={t('billing.filter.search')} value={search} onChange={(e) => { setSearch(e.currentTarget.value); setPage(1); }} w={260} data-testid="lines-search" />
      </Group>
      {lines.isError && <ErrorAlert error={lines.error} />}
      {lines.data && lines.data.items.length === 0 && <Text c="dimmed">{t('billing.bill.noLines')}</Text>}
      {lines.data && lines.data.items.length > 0 && (
        <Card withBorder padding={0}>
          <Table.ScrollContainer minWidth={900}>
            <Table striped fz="sm" data-testid="lines-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('billing.col.name')}</Table.Th><Table.Th>{t('billing.col.nik')}</Table.Th><Table.Th>{t('billing.col.month')}</Table.Th>
                  <Table.Th>{t('billing.col.kind')}</Table.Th><Table.Th ta="right">{t('billing.col.base')}</Table.Th><Table.Th ta="right">JKK</Table.Th>
                  <Table.Th ta="right">JKM</Table.Th><Table.Th ta="right">{t('billing.bill.total')}</Table.Th><Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {lines.data.items.map((l) => (
                  <Table.Tr key={`${l.participationId}-${l.month}-${l.kind}`}>
                    <Table.Td>{l.name}{l.reason && <Text fz="xs" c="dimmed">{l.reason}</Text>}</Table.Td>
                    <Table.Td style={NOWRAP}>{l.nikMasked}</Table.Td>
                    <Table.Td style={NOWRAP}>{shortMonth(l.month, i18n.language === 'en' ? 'en' : 'id')}</Table.Td>
                    <Table.Td>{t(`billing.lineKind.${l.kind}`)}</Table.Td>
                    <Table.Td ta="right" style={NOWRAP}>{f.rupiah(l.base)}</Table.Td>
                    <Table.Td ta="right" style={NOWRAP}>{f.rupiah(l.programmes.JKK)}</Table.Td>
                    <Table.Td ta="right" style={NOWRAP}>{f.rupiah(l.programmes.JKM)}</Table.Td>
                    <Table.Td ta="right" style={NOWRAP} fw={600}>{f.rupiah(l.amount)}</Table.Td>
                    <Table.Td><Button size="compact-xs" variant="subtle" onClick={() => setExplained(l)} data-testid={`explain-${l.participationId}`}>{t('billing.bill.explain')}</Button></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      {total > 0 && (
        <Group justify="space-between" mt="sm">
          <Text fz="sm" c="dimmed" data-testid="lines-shown">{t('billing.bill.shown', { from: f.number((page - 1) * PAGE + 1), to: f.number(Math.min(page * PAGE, total)), total: f.number(total) })}</Text>
          <Pagination total={Math.ceil(total / PAGE)} value={page} onChange={setPage} size="sm" />
        </Group>
      )}
      <LineExplanation tenant={tenant} billId={bill.id} line={explained} onClose={() => setExplained(null)} />
    </>
  );
}
