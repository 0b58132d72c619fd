// What became of each onboarding row — registered, already there, refused with its reason — with the
// generated initial passwords, shown this once.
import { Alert, Badge, Card, Code, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OnboardingRow } from './installation.api';

const COLOR = { created: 'green', exists: 'gray', refused: 'red' } as const;

export function OnboardingResult({ rows }: { rows: OnboardingRow[] }) {
  const { t } = useTranslation();
  const count = (outcome: OnboardingRow['outcome']) => rows.filter((r) => r.outcome === outcome).length;
  return (
    <Card withBorder mt="md" data-testid="onboarding-result">
      <Title order={4}>{t('installation.result.title')}</Title>
      <Text c="dimmed" fz="sm" mb="sm" data-testid="onboarding-summary">
        {t('installation.result.summary', { created: count('created'), exists: count('exists'), refused: count('refused') })}
      </Text>
      {rows.some((r) => r.password) && <Alert color="yellow" mb="sm">{t('installation.result.passwordNote')}</Alert>}
      <Table.ScrollContainer minWidth={700}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              {(['line', 'regency', 'username', 'outcome', 'password', 'reason'] as const).map((c) => <Table.Th key={c}>{t(`installation.result.${c}`)}</Table.Th>)}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.line} data-testid={`onboarding-row-${r.line}`}>
                <Table.Td>{r.line}</Table.Td>
                <Table.Td>{r.tenant ?? r.code}</Table.Td>
                <Table.Td>{r.username}</Table.Td>
                <Table.Td><Badge color={COLOR[r.outcome]} variant="light">{t(`installation.result.outcomes.${r.outcome}`)}</Badge></Table.Td>
                <Table.Td>{r.password ? <Code data-testid="onboarding-password">{r.password}</Code> : ''}</Table.Td>
                <Table.Td>{r.error?.message ?? (r.branch ? t('installation.result.branch', { branch: r.branch }) : '')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
