// The bills of a PKS (or, for OPD and village operators, of their own participants): month and status
// filters, status badges, amounts billed / paid / outstanding, and the monthly billing run.
import { Anchor, Button, Card, Group, Select, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCurrentUser } from '../../app/current-user';
import { ErrorAlert } from '../../components/error-alert';
import { PageLoader } from '../../components/page-loader';
import { hasPermission } from '../../lib/auth';
import { useFormat } from '../../lib/use-format';
import { BillStatusBadge } from './bill-status-badge';
import { useBills } from './billing.api';
import type { BillStatus } from './billing.types';
import { shortMonth } from './realisation-series';
import { RunBillingModal } from './run-billing-modal';

const STATUSES: BillStatus[] = ['terbit', 'belum-bayar', 'kurang-bayar', 'lewat-jatuh-tempo', 'lunas'];
const NOWRAP = { whiteSpace: 'nowrap' } as const;

export function BillsTab({ tenant, agreementId }: { tenant: string; agreementId: number | null }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const [month, setMonth] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [isRunOpen, runModal] = useDisclosure(false);
  const bills = useBills(tenant, { agreementId });
  const canWrite = hasPermission(useCurrentUser(), 'billing:write');
  const months = [...new Set((bills.data ?? []).map((b) => b.month))].sort();
  const shown = (bills.data ?? []).filter((b) => (!month || b.month === month) && (!status || b.status === status));
  return (
    <>
      <Group align="flex-end" mb="md">
        <Select label={t('billing.filter.month')} clearable placeholder={t('billing.filter.all')} value={month} onChange={setMonth} w={200}
          data={months.map((m) => ({ value: m, label: shortMonth(m, lang) }))} data-testid="bills-month" />
        <Select label={t('billing.filter.status')} clearable placeholder={t('billing.filter.all')} value={status} onChange={setStatus} w={220}
          data={STATUSES.map((s) => ({ value: s, label: t(`billing.status.${s}`) }))} data-testid="bills-status" />
        {canWrite && agreementId !== null && <Button ml="auto" onClick={runModal.open} data-testid="run-open">{t('billing.run.open')}</Button>}
      </Group>
      {bills.isPending && <PageLoader />}
      {bills.isError && <ErrorAlert error={bills.error} onRetry={() => void bills.refetch()} />}
      {bills.data && shown.length === 0 && <Card withBorder><Text c="dimmed">{t('billing.empty')}</Text></Card>}
      {shown.length > 0 && (
        <Card withBorder padding={0}>
          <Table.ScrollContainer minWidth={1000}>
            <Table striped highlightOnHover data-testid="bills-table">
              <Table.Thead>
                <Table.Tr>
                  {(['number', 'month', 'group', 'participants', 'amount', 'paid', 'outstanding', 'dueOn', 'status'] as const).map((c) =>
                    <Table.Th key={c} ta={['participants', 'amount', 'paid', 'outstanding'].includes(c) ? 'right' : undefined}>{t(`billing.col.${c}`)}</Table.Th>)}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((b) => (
                  <Table.Tr key={b.id} data-testid={`bill-row-${b.number}`}>
                    <Table.Td style={NOWRAP}><Anchor component={Link} to={`/tagihan/${tenant}/${b.id}`} fw={600}>{b.number}</Anchor>
                      {b.kind === 'correction' && <Text fz="xs" c="dimmed">{t('billing.kind.correction')}</Text>}</Table.Td>
                    <Table.Td style={NOWRAP}>{shortMonth(b.month, lang)}</Table.Td>
                    <Table.Td>{b.groupName}</Table.Td>
                    <Table.Td ta="right">{f.number(b.participants)}</Table.Td>
                    <Table.Td ta="right" style={NOWRAP}>{f.rupiah(b.amount)}</Table.Td>
                    <Table.Td ta="right" style={NOWRAP}>{f.rupiah(b.paid)}</Table.Td>
                    <Table.Td ta="right" style={NOWRAP}>{f.rupiah(b.outstanding)}{b.lateFee > 0 && <Text fz="xs" c="red.8">{t('billing.col.lateFee')} {f.rupiah(b.lateFee)}</Text>}</Table.Td>
                    <Table.Td style={NOWRAP}>{f.date(b.dueOn)}</Table.Td>
                    <Table.Td><BillStatusBadge status={b.status} /></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      {agreementId !== null && <RunBillingModal tenant={tenant} agreementId={agreementId} opened={isRunOpen} onClose={runModal.close} />}
    </>
  );
}
