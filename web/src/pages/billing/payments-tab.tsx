// The payments (SP2D) of a PKS: each with its date, amount, allocation and state, a receipt and the SP2D
// scan to download, and — for the Dinas — recording a new SP2D, attaching its scan (PDF/JPEG/PNG, checked
// by the server) and reversing one with a reason.
import { Anchor, Badge, Button, Card, FileButton, Group, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/current-user';
import { ErrorAlert } from '../../components/error-alert';
import { PageLoader } from '../../components/page-loader';
import { hasPermission } from '../../lib/auth';
import { useFormat } from '../../lib/use-format';
import { billingCalls, useBillingMutation, usePayments } from './billing.api';
import type { Payment } from './billing.types';
import { PaymentForm } from './payment-form';
import { ReverseModal } from './reverse-modal';

const NOWRAP = { whiteSpace: 'nowrap' } as const;

export function PaymentsTab({ tenant, agreementId }: { tenant: string; agreementId: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const payments = usePayments(tenant, agreementId);
  const canWrite = hasPermission(useCurrentUser(), 'payments:write');
  const [isFormOpen, form] = useDisclosure(false);
  const [reversing, setReversing] = useState<Payment | null>(null);
  const calls = billingCalls(tenant);
  const attach = useBillingMutation(tenant, (input: { paymentId: number; file: File }) => calls.attachScan(input.paymentId, input.file));
  return (
    <>
      {canWrite && <Group mb="md"><Button onClick={form.open} data-testid="payment-open">{t('billing.payment.record')}</Button></Group>}
      {attach.error && <ErrorAlert error={attach.error} />}
      {payments.isPending && <PageLoader />}
      {payments.isError && <ErrorAlert error={payments.error} onRetry={() => void payments.refetch()} />}
      {payments.data?.length === 0 && <Card withBorder><Text c="dimmed">{t('billing.payment.none')}</Text></Card>}
      {payments.data && payments.data.length > 0 && (
        <Card withBorder padding={0}>
          <Table.ScrollContainer minWidth={800}>
            <Table striped data-testid="payments-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('billing.payment.sp2d')}</Table.Th><Table.Th>{t('billing.payment.paidOn')}</Table.Th>
                  <Table.Th ta="right">{t('billing.payment.amount')}</Table.Th><Table.Th ta="right">{t('billing.payment.credit')}</Table.Th>
                  <Table.Th>{t('billing.payment.state')}</Table.Th><Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {payments.data.map((p) => (
                  <Table.Tr key={p.id} data-testid={`payment-row-${p.sp2dNumber}`}>
                    <Table.Td fw={600}>{p.sp2dNumber}</Table.Td>
                    <Table.Td style={NOWRAP}>{f.date(p.paidOn)}</Table.Td>
                    <Table.Td ta="right" style={NOWRAP}>{f.rupiah(p.amount)}</Table.Td>
                    <Table.Td ta="right" style={NOWRAP}>{f.rupiah(p.credit)}</Table.Td>
                    <Table.Td>
                      {p.reversedAt ? <><Badge color="red" variant="light">{t('billing.payment.reversed')}</Badge><Text fz="xs" c="dimmed">{p.reversalReason}</Text></>
                        : <Badge color="green" variant="light">{t('billing.payment.active')}</Badge>}
                    </Table.Td>
                    <Table.Td style={NOWRAP}>
                      <Anchor href={calls.receiptUrl(p.id)} fz="sm" mr="sm">{t('billing.payment.receipt')}</Anchor>
                      {p.scan && <Anchor href={calls.scanUrl(p.id)} fz="sm" mr="sm" data-testid={`payment-scan-${p.sp2dNumber}`}>{t('billing.payment.scan')}</Anchor>}
                      {canWrite && !p.scan && !p.reversedAt && (
                        <FileButton accept="application/pdf,image/jpeg,image/png" onChange={(file) => file && attach.mutate({ paymentId: p.id, file })}>
                          {(props) => <Button {...props} size="xs" variant="subtle" loading={attach.isPending && attach.variables?.paymentId === p.id}
                            data-testid={`payment-attach-${p.sp2dNumber}`}>{t('billing.payment.attachScan')}</Button>}
                        </FileButton>
                      )}
                      {canWrite && !p.reversedAt && <Button size="xs" variant="subtle" color="red" onClick={() => setReversing(p)} data-testid={`payment-reverse-${p.sp2dNumber}`}>{t('billing.payment.reverse')}</Button>}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      {canWrite && <PaymentForm tenant={tenant} agreementId={agreementId} opened={isFormOpen} onClose={form.close} />}
      <ReverseModal tenant={tenant} payment={reversing} onClose={() => setReversing(null)} />
    </>
  );
}
