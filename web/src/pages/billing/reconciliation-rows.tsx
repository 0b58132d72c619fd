// The rows of one reconciliation: each with its status in words (colour repeats it), the key BPJS gave,
// the Lindung bill(s) it matched, what BPJS received, what Lindung recorded as paid, the difference and
// the reason in the reader's language (translated by the server).
import { Badge, Card, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { PageLoader } from '../../components/page-loader';
import { useFormat } from '../../lib/use-format';
import { useReconciliation } from './billing.api';
import type { ReconciliationStatus } from './billing.types';

const COLOR: Record<ReconciliationStatus, string> = { cocok: 'green', selisih: 'orange', 'tidak-cocok': 'red', 'tidak-valid': 'gray' };
const NOWRAP = { whiteSpace: 'nowrap' } as const;

export function ReconciliationRows({ tenant, id }: { tenant: string; id: number }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const detail = useReconciliation(tenant, id, i18n.language);
  if (detail.isPending) return <PageLoader />;
  if (detail.isError) return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  const money = (v: number | null) => (v === null ? '—' : f.rupiah(v));
  return (
    <Card withBorder padding={0} data-testid="recon-rows">
      <Group p="sm"><Text fw={600}>{detail.data.fileName}</Text><Text fz="sm" c="dimmed">{f.dateTime(detail.data.createdAt)}</Text></Group>
      <Table.ScrollContainer minWidth={1000}>
        <Table striped fz="sm">
          <Table.Thead>
            <Table.Tr>
              {(['row', 'status', 'key', 'month', 'receivedOn', 'received', 'expected', 'difference', 'bills', 'reason'] as const).map((c) => (
                <Table.Th key={c} ta={['received', 'expected', 'difference'].includes(c) ? 'right' : undefined}>{t(`billing.reconciliation.col.${c}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.data.items.map((r) => (
              <Table.Tr key={r.rowNo} data-testid={`recon-row-${r.rowNo}`}>
                <Table.Td>{r.rowNo}</Table.Td>
                <Table.Td><Badge color={COLOR[r.status]} variant="light" data-testid="recon-status">{t(`billing.reconciliation.status.${r.status}`)}</Badge></Table.Td>
                <Table.Td>{r.billNumber ?? r.npp ?? '—'}</Table.Td>
                <Table.Td style={NOWRAP}>{r.month ? f.month(r.month) : '—'}</Table.Td>
                <Table.Td style={NOWRAP}>{r.receivedOn ? f.date(r.receivedOn) : '—'}</Table.Td>
                <Table.Td ta="right" style={NOWRAP}>{money(r.received)}</Table.Td>
                <Table.Td ta="right" style={NOWRAP}>{money(r.expected)}</Table.Td>
                <Table.Td ta="right" style={NOWRAP} c={r.difference ? 'orange' : undefined}>{money(r.difference)}</Table.Td>
                <Table.Td>{r.bills.map((b) => b.number).join(', ') || '—'}</Table.Td>
                <Table.Td>{r.reason ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
