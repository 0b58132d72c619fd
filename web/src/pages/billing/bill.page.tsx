// One bill: number, month, PKS group, due date, status and what is paid; the summary per OPD or village,
// the per-programme totals, the participant lines with their explanations, the PDF and XLSX, and —
// for the Dinas — recording an SP2D against this bill. The router imports `BillPage`.
import { Alert, Anchor, Badge, Button, Card, Group, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useCurrentUser } from '../../app/current-user';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { PageLoader } from '../../components/page-loader';
import { hasPermission } from '../../lib/auth';
import { useFormat } from '../../lib/use-format';
import { BillLines } from './bill-lines';
import { BillStatusBadge } from './bill-status-badge';
import { billingCalls, useBill } from './billing.api';
import type { BillDetail } from './billing.types';
import { PaymentForm } from './payment-form';
import { shortMonth } from './realisation-series';
import { WholeMonthNote } from './whole-month-note';

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Card withBorder padding="sm">
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text fz="lg" fw={700} data-testid={testId}>{value}</Text>
    </Card>
  );
}

function Units({ bill }: { bill: BillDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Card withBorder padding={0}>
      <Table fz="sm" data-testid="bill-units">
        <Table.Thead><Table.Tr><Table.Th>{t('billing.col.unit')}</Table.Th><Table.Th ta="right">{t('billing.col.participants')}</Table.Th><Table.Th ta="right">{t('billing.col.amount')}</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {bill.byUnit.map((u) => (
            <Table.Tr key={`${u.unitKind}-${u.code}`}><Table.Td>{u.name} <Text span fz="xs" c="dimmed">({t(`billing.unitKind.${u.unitKind}`)})</Text></Table.Td>
              <Table.Td ta="right">{f.number(u.participants)}</Table.Td><Table.Td ta="right">{f.rupiah(u.amount)}</Table.Td></Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

export function BillPage() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const { tenant = '', id = '' } = useParams();
  const bill = useBill(tenant, Number(id));
  const canWrite = hasPermission(useCurrentUser(), 'billing:write');
  const [isPayOpen, payForm] = useDisclosure(false);
  if (bill.isPending) return <PageLoader />;
  if (bill.isError) return <ErrorAlert error={bill.error} onRetry={() => void bill.refetch()} />;
  const b = bill.data;
  const calls = billingCalls(tenant);
  return (
    <>
      <Anchor component={Link} to={`/tagihan?pemda=${tenant}&pks=${b.agreementId}`} fz="sm">← {t('billing.bill.back')}</Anchor>
      <PageHeader title={b.number} />
      <Group gap="sm" mt={-12} mb="md">
        <BillStatusBadge status={b.status} />
        <Badge variant="outline" color="gray">{t(`billing.kind.${b.kind}`)}</Badge>
        <Text c="dimmed" fz="sm">{shortMonth(b.month, i18n.language === 'en' ? 'en' : 'id')} · {b.groupName} · {t(`billing.scheme.${b.scheme}`)}</Text>
      </Group>
      {b.example && <Alert color="red" variant="light" mb="md">{t('billing.bill.example')}</Alert>}
      <Group gap="xs" mb="md">
        <Button variant="default" component="a" href={calls.billFile(b.id, 'bill.pdf')} data-testid="bill-pdf">{t('billing.bill.pdf')}</Button>
        <Button variant="default" component="a" href={calls.billFile(b.id, 'lines.xlsx')} data-testid="bill-xlsx">{t('billing.bill.xlsx')}</Button>
        {canWrite && b.outstanding > 0 && <Button onClick={payForm.open} data-testid="bill-pay">{t('billing.bill.pay')}</Button>}
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} mb="md">
        <Figure label={t('billing.col.amount')} value={f.rupiah(b.amount)} testId="bill-amount" />
        <Figure label={t('billing.col.paid')} value={f.rupiah(b.paid)} testId="bill-paid" />
        <Figure label={t('billing.col.outstanding')} value={f.rupiah(b.outstanding)} testId="bill-outstanding" />
        <Figure label={t('billing.col.lateFee')} value={f.rupiah(b.lateFee)} testId="bill-late-fee" />
        <Figure label={t('billing.col.participants')} value={f.number(b.participants)} testId="bill-participants" />
        <Figure label={t('billing.col.dueOn')} value={f.date(b.dueOn)} testId="bill-due" />
      </SimpleGrid>
      <WholeMonthNote />
      <Title order={4} mb="xs">{t('billing.bill.summary')}</Title>
      <Units bill={b} />
      {b.programmes && (
        <Text fz="sm" mt="xs" data-testid="bill-programmes">
          {t('billing.bill.programmes')}: {(['JKK', 'JKM', 'JHT'] as const).filter((k) => b.programmes![k] !== 0).map((k) => `${k} ${f.rupiah(b.programmes![k])}`).join(' · ')}
        </Text>
      )}
      <Title order={4} mt="lg" mb="xs">{t('billing.bill.lines')}</Title>
      <BillLines tenant={tenant} bill={b} />
      {canWrite && <PaymentForm tenant={tenant} agreementId={b.agreementId} opened={isPayOpen} onClose={payForm.close} preselect={[b.id]} />}
    </>
  );
}
