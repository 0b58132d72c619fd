// The next step(s) a claim allows to this user: complete, submit (filer or Dinas), BPJS's approval with
// its amount or refusal with its reason, the payment with its date and amount — each asked in the app's
// own dialog before it is recorded (the server checks the documents and the permission again).
import { Button, Card, Group, Modal, NumberInput, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/current-user';
import { ErrorAlert } from '../../components/error-alert';
import { hasPermission } from '../../lib/auth';
import { useAdvanceClaim, type Claim } from './claims.api';
import type { ClaimStatus } from './claim-status-badge';
import { DateField } from '../../components/date-field';

type Step = 'berkas-lengkap' | 'diajukan' | 'disetujui' | 'ditolak' | 'dibayar';
const NEXT: Record<ClaimStatus, Step[]> = { dilaporkan: ['berkas-lengkap'], 'berkas-lengkap': ['diajukan'], diajukan: ['disetujui', 'ditolak'], disetujui: ['dibayar'], ditolak: [], dibayar: [] };
const DECISIONS = new Set<Step>(['disetujui', 'ditolak', 'dibayar']);

export function ClaimActions({ tenant, claim, today }: { tenant: string; claim: Claim; today: string }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [step, setStep] = useState<Step | null>(null);
  const steps = NEXT[claim.status].filter((s) => hasPermission(user, DECISIONS.has(s) ? 'claims:decide' : 'claims:write'));
  if (!steps.length) return null;
  return (
    <Card withBorder data-testid="claim-actions">
      <Title order={4} mb="xs">{t('claims.actions.title')}</Title>
      <Group>
        {steps.map((s) => (
          <Button key={s} color={s === 'ditolak' ? 'red' : undefined} variant={s === 'ditolak' ? 'light' : 'filled'} onClick={() => setStep(s)} data-testid={`advance-${s}`}>
            {t(`claims.actions.to.${s}`)}
          </Button>
        ))}
      </Group>
      {step && <AdvanceModal key={step} tenant={tenant} claim={claim} step={step} today={today} onClose={() => setStep(null)} />}
    </Card>
  );
}

function AdvanceModal({ tenant, claim, step, today, onClose }: { tenant: string; claim: Claim; step: Step; today: string; onClose: () => void }) {
  const { t } = useTranslation();
  const advance = useAdvanceClaim(tenant, claim.claimId);
  // the server's today is the regency's (WITA for Nagekeo), possibly a day ahead of this browser's: never propose a date before the last step
  const last = [claim.reportedOn, claim.documentsCompleteOn, claim.submittedOn, claim.approvedOn].filter((d): d is string => !!d).sort().pop() ?? today;
  const [on, setOn] = useState(last > today ? last : today);
  const [amount, setAmount] = useState<number | string>(step === 'dibayar' ? (claim.approvedAmount ?? claim.benefit.total) : claim.benefit.total);
  const [reason, setReason] = useState('');
  const needsAmount = step === 'disetujui' || step === 'dibayar';
  const action = t(`claims.actions.to.${step}`);
  const submit = () => advance.mutate({ to: step, on, ...(needsAmount ? { amount: Number(amount) } : {}), ...(step === 'ditolak' ? { reason } : {}) }, {
    onSuccess: () => { notifications.show({ color: 'teal', message: t('claims.actions.done') }); onClose(); },
  });
  return (
    <Modal opened onClose={onClose} title={t('claims.actions.confirmTitle', { action })} centered>
      <Stack>
        {advance.isError && <ErrorAlert error={advance.error} />}
        <Text fz="sm">{t('claims.actions.confirmBody', { number: claim.number, status: t(`claims.status.${step}`) })}</Text>
        <DateField label={t('claims.actions.on')} value={on || null} onChange={(v) => setOn(v ?? '')} required data-testid="advance-on" />
        {needsAmount && <NumberInput label={t('claims.actions.amount')} value={amount} onChange={setAmount} min={0} thousandSeparator="." decimalSeparator="," allowDecimal={false} data-testid="advance-amount" />}
        {step === 'ditolak' && <Textarea label={t('claims.actions.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required autosize minRows={2} data-testid="advance-reason" />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button color={step === 'ditolak' ? 'red' : undefined} loading={advance.isPending} onClick={submit}
            disabled={!on || (needsAmount && amount === '') || (step === 'ditolak' && !reason.trim())} data-testid="advance-confirm">{action}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
