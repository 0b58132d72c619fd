// The agreement's history: created, signed, in force, ended — and every addendum with exactly what it
// changed, before and after.
import { Card, Code, Table, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/use-format';
import type { AgreementDetail } from './agreements.types';

// Field names as the server records them → the label the form uses for that field.
const FIELD_LABEL: Record<string, string> = {
  budget: 'agreements.section.budget', groups: 'agreements.section.groups', people: 'agreements.section.people',
  parentId: 'agreements.field.parent', branchCode: 'agreements.field.branch',
};

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value, null, 1));

export function HistoryTab({ detail }: { detail: AgreementDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const a = detail.agreement;
  return (
    <>
      <Timeline bulletSize={14} lineWidth={2} mb="lg" active={-1}>
        <Timeline.Item title={t('agreements.addendum.created')}><Text fz="sm" c="dimmed">{f.dateTime(a.createdAt)}</Text></Timeline.Item>
        {a.signedOn && <Timeline.Item title={t('agreements.addendum.signed')}><Text fz="sm" c="dimmed">{a.signedPlace}, {f.date(a.signedOn)}</Text></Timeline.Item>}
        {/* when it took effect by its period and signing — not when someone pressed "activate" */}
        {a.inForceFrom && a.phase !== 'upcoming' && <Timeline.Item title={t('agreements.addendum.activated')}><Text fz="sm" c="dimmed" data-testid="history-in-force-from">{f.date(a.inForceFrom)}</Text></Timeline.Item>}
        {a.endedAt && <Timeline.Item title={t('agreements.addendum.ended')}><Text fz="sm" c="dimmed">{f.dateTime(a.endedAt)}</Text></Timeline.Item>}
        {!a.endedAt && a.phase === 'ended' && <Timeline.Item title={t('agreements.addendum.ended')}><Text fz="sm" c="dimmed" data-testid="history-ended-on">{f.date(a.periodEnd)}</Text></Timeline.Item>}
      </Timeline>
      {detail.addenda.length === 0 && <Text c="dimmed">{t('agreements.addendum.none')}</Text>}
      {detail.addenda.map((ad) => (
        <Card key={ad.id} withBorder mb="md" data-testid={`addendum-${ad.version}`}>
          <Title order={5}>{t('agreements.addendum.version', { version: String(ad.version) })}: {ad.number} — {ad.title}</Title>
          <Text fz="sm" c="dimmed" mb="xs">{f.date(ad.signedOn)} · {ad.createdBy}{ad.reason && ` · ${ad.reason}`}</Text>
          <Table fz="xs" withTableBorder>
            <Table.Thead><Table.Tr><Table.Th>{t('agreements.addendum.changes')}</Table.Th><Table.Th>{t('agreements.addendum.before')}</Table.Th><Table.Th>{t('agreements.addendum.after')}</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {ad.changes.map((c) => (
                <Table.Tr key={c.field}>
                  <Table.Td fw={600}>{t((FIELD_LABEL[c.field] ?? `agreements.field.${c.field}`) as 'agreements.field.title', { defaultValue: c.field })}</Table.Td>
                  <Table.Td><Code block>{show(c.before)}</Code></Table.Td>
                  <Table.Td><Code block>{show(c.after)}</Code></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      ))}
    </>
  );
}
