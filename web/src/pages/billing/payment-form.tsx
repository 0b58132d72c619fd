// Records an SP2D against a PKS: number, date, amount, account, and optionally the bills it pays (else the
// server allocates oldest due first). Shows the allocation the server made and any credit left over.
import { Button, Modal, MultiSelect, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { ApiError } from '../../lib/api';
import { useFormat } from '../../lib/use-format';
import { billingCalls, useBillingMutation, useBills } from './billing.api';
import type { PaymentResult } from './billing.types';
import { DateField } from '../../components/date-field';

interface Props { tenant: string; agreementId: number; opened: boolean; onClose: () => void; preselect?: number[] }

export function PaymentForm({ tenant, agreementId, opened, onClose, preselect = [] }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const [sp2dNumber, setSp2d] = useState('');
  const [paidOn, setPaidOn] = useState('');
  const [amount, setAmount] = useState<number | string>('');
  const [account, setAccount] = useState('');
  const [billIds, setBillIds] = useState<string[]>(preselect.map(String));
  const [result, setResult] = useState<PaymentResult | null>(null);
  const bills = useBills(tenant, { agreementId });
  const pay = useBillingMutation(tenant, (body: Parameters<ReturnType<typeof billingCalls>['pay']>[1]) => billingCalls(tenant).pay(agreementId, body));
  const open = (bills.data ?? []).filter((b) => b.outstanding > 0 || billIds.includes(String(b.id)));
  const numberOf = (id: number) => bills.data?.find((b) => b.id === id)?.number ?? String(id);
  const field = (path: string) => (pay.error instanceof ApiError ? pay.error.fieldMessage(path) : undefined);
  const close = () => { setResult(null); pay.reset(); onClose(); };
  const submit = () => pay.mutate({
    sp2dNumber: sp2dNumber.trim(), paidOn, amount: Number(amount), ...(account.trim() ? { account: account.trim() } : {}),
    ...(billIds.length ? { billIds: billIds.map(Number) } : {}),
  }, { onSuccess: setResult });
  return (
    <Modal opened={opened} onClose={close} title={t('billing.payment.title')} centered size="lg">
      {result ? (
        <Stack data-testid="payment-result">
          <Text fw={600}>{t('billing.payment.result')}</Text>
          <Table fz="sm">
            <Table.Tbody>
              {result.allocated.map((a) => <Table.Tr key={a.billId}><Table.Td>{numberOf(a.billId)}</Table.Td><Table.Td ta="right">{f.rupiah(a.amount)}</Table.Td></Table.Tr>)}
              <Table.Tr><Table.Td fw={600}>{t('billing.payment.credit')}</Table.Td><Table.Td ta="right" data-testid="payment-credit">{f.rupiah(result.credit)}</Table.Td></Table.Tr>
            </Table.Tbody>
          </Table>
          <Button variant="default" onClick={close} data-testid="payment-done">{t('billing.payment.close')}</Button>
        </Stack>
      ) : (
        <Stack>
          {pay.error && <ErrorAlert error={pay.error} />}
          <TextInput label={t('billing.payment.sp2d')} value={sp2dNumber} onChange={(e) => setSp2d(e.currentTarget.value)} error={field('sp2dNumber')} data-testid="payment-sp2d" required />
          <DateField label={t('billing.payment.paidOn')} value={paidOn || null} onChange={(v) => setPaidOn(v ?? '')} error={field('paidOn')} data-testid="payment-date" required />
          <NumberInput label={t('billing.payment.amount')} value={amount} onChange={setAmount} allowDecimal={false} allowNegative={false} thousandSeparator="."
            decimalSeparator="," error={field('amount')} data-testid="payment-amount" required />
          <TextInput label={t('billing.payment.account')} value={account} onChange={(e) => setAccount(e.currentTarget.value)} error={field('account')} />
          <MultiSelect label={t('billing.payment.bills')} description={t('billing.payment.billsHint')} value={billIds} onChange={setBillIds} searchable clearable
            data={open.map((b) => ({ value: String(b.id), label: `${b.number} — ${f.rupiah(b.outstanding)}` }))} data-testid="payment-bills" />
          <Button loading={pay.isPending} disabled={!sp2dNumber.trim() || !paidOn || !amount} onClick={submit} data-testid="payment-submit">{t('billing.payment.submit')}</Button>
        </Stack>
      )}
    </Modal>
  );
}
