// The eligibility verdict with its reasons, and the benefit line by line with each legal basis (an
// unconfirmed rule is marked), the wage base and its bill, and BPJS's approved and paid amounts — with
// the difference from Lindung's computation flagged.
import { Alert, Badge, Card, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/use-format';
import type { Claim } from './claims.api';

export function ClaimVerdictCard({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  return (
    <Card withBorder data-testid="claim-verdict" data-eligible={String(claim.eligible)}>
      <Title order={4} mb="xs">{t('claims.detail.verdict')}</Title>
      <Alert color={claim.eligible ? 'teal' : 'red'} variant="light">
        <Text fz="sm" fw={500}>{claim.eligible ? t('claims.detail.eligibleYes') : t('claims.detail.eligibleNo')}</Text>
        {claim.reasonTexts.length > 0 && <List fz="sm" mt={4}>{claim.reasonTexts.map((r) => <List.Item key={r.code}>{r.message}</List.Item>)}</List>}
      </Alert>
    </Card>
  );
}

export function ClaimBenefitCard({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Card withBorder data-testid="claim-benefit">
      <Title order={4} mb="xs">{t('claims.detail.benefit')}</Title>
      <Stack gap="xs">
        {claim.wageBase !== null && <Text fz="sm">{t('claims.detail.wageBase')}: <b>{f.rupiah(claim.wageBase)}</b>{claim.wageBaseSource && ` (${claim.wageBaseSource.billNumber})`}</Text>}
        <Table>
          <Table.Thead><Table.Tr><Table.Th>{t('claims.detail.line')}</Table.Th><Table.Th ta="right">{t('claims.detail.amount')}</Table.Th><Table.Th>{t('claims.detail.basis')}</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {claim.benefit.lines.map((l) => (
              <Table.Tr key={l.code} data-testid="benefit-line">
                <Table.Td>{l.label}</Table.Td>
                <Table.Td ta="right">{f.rupiah(l.amount)}</Table.Td>
                <Table.Td fz="sm">{l.basis}{l.confidence === 'unconfirmed' && <Badge ml={6} size="xs" color="orange" variant="light">{t('claims.detail.unconfirmed')}</Badge>}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr fw={700}><Table.Td>{t('claims.detail.total')}</Table.Td><Table.Td ta="right" data-testid="benefit-total">{f.rupiah(claim.benefit.total)}</Table.Td><Table.Td /></Table.Tr>
          </Table.Tbody>
        </Table>
        {claim.approvedAmount !== null && <Text fz="sm">{t('claims.detail.approved')}: <b data-testid="claim-approved">{f.rupiah(claim.approvedAmount)}</b>{claim.approvedOn && ` · ${f.date(claim.approvedOn)}`}</Text>}
        {claim.amountDiffers && <Alert color="orange" variant="light" data-testid="claim-differs">{t('claims.detail.approvedDiffers', { diff: f.rupiah(claim.amountDifference) })}</Alert>}
        {claim.paidAmount !== null && <Text fz="sm">{t('claims.detail.paid')}: <b data-testid="claim-paid">{f.rupiah(claim.paidAmount)}</b>{claim.paidOn && ` · ${f.date(claim.paidOn)}`}</Text>}
      </Stack>
    </Card>
  );
}
