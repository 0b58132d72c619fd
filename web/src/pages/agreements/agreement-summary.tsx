// The summary tab: parties, period, programmes, the signatories and witnesses, budget line and note.
import { Card, SimpleGrid, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/use-format';
import type { AgreementDetail } from './agreements.types';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text>{children}</Text>
    </div>
  );
}

export function AgreementSummary({ detail }: { detail: AgreementDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const a = detail.agreement;
  return (
    <>
      <Card withBorder mb="md">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Field label={t('agreements.field.regencyParty')}>{a.regencyParty}</Field>
          <Field label={t('agreements.field.bpjsParty')}>{a.bpjsParty}</Field>
          <Field label={t('agreements.field.dinasName')}>{a.dinasName}{a.dinasAddress && ` — ${a.dinasAddress}`}</Field>
          <Field label={t('agreements.section.period')}>{f.date(a.periodStart)} – {f.date(a.periodEnd)} · {a.programmes.join(', ')}</Field>
          <Field label={t('agreements.field.signedOn')}>{a.signedOn ? `${a.signedPlace ?? ''}, ${f.date(a.signedOn)}` : '–'}</Field>
          {a.budget && <Field label={t('agreements.section.budget')}>{f.rupiah(a.budget.amount)} · {a.budget.fiscalYear} · {a.budget.account} · {a.budget.dpaNumber}</Field>}
        </SimpleGrid>
        {a.note && <Text mt="md" fz="sm" c="dimmed" data-testid="agreement-note">{a.note}</Text>}
      </Card>
      <Title order={4} mb="xs">{t('agreements.section.people')}</Title>
      <Card withBorder padding={0}>
        <Table data-testid="people-table">
          <Table.Thead>
            <Table.Tr>{(['role', 'name', 'position', 'institution'] as const).map((k) => <Table.Th key={k}>{t(`agreements.people.${k}`)}</Table.Th>)}</Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {a.people.map((p, i) => (
              <Table.Tr key={i}>
                <Table.Td>{t(`agreements.people.${p.role}`)} ({t(`agreements.people.${p.side}`)})</Table.Td>
                <Table.Td fw={500}>{p.name}</Table.Td>
                <Table.Td>{p.position}</Table.Td>
                <Table.Td>{p.institution}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
    </>
  );
}
