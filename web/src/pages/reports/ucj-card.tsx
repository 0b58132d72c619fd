// UCJ against the target, with the source and year of every reference figure it uses (example data is
// said to be example data).
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/use-format';
import { percentText } from './report-figures';

interface Ucj {
  participants: number; employed: number | null; ucj: number | null; target: number | null; bpjsParticipants: number | null; regionUcj: number | null;
  sources: { kind: string; year: number; source: string; example: boolean }[];
}

export function UcjCard({ ucj }: { ucj: Ucj }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  return (
    <Card withBorder padding="md" data-testid="ucj-card">
      <Title order={4} mb="sm">{t('reports.ucj.title')}</Title>
      {ucj.employed === null ? <Text c="dimmed">{t('reports.ucj.noData')}</Text> : (
        <Group gap="xl">
          <Stack gap={0}><Text fz="xs" c="dimmed">{t('reports.ucj.rate')}</Text><Text fz={24} fw={700}>{percentText(ucj.ucj, lang)}</Text></Stack>
          <Stack gap={0}><Text fz="xs" c="dimmed">{t('reports.ucj.target')}</Text><Text fz={24} fw={700}>{percentText(ucj.target, lang)}</Text></Stack>
          <Stack gap={0}><Text fz="xs" c="dimmed">{t('reports.ucj.employed')}</Text><Text fz={24} fw={700}>{f.number(ucj.employed)}</Text></Stack>
          {ucj.regionUcj !== null && <Stack gap={0}><Text fz="xs" c="dimmed">{t('reports.ucj.regionRate')}</Text><Text fz={24} fw={700}>{percentText(ucj.regionUcj, lang)}</Text></Stack>}
        </Group>
      )}
      <Stack gap={2} mt="sm">
        {ucj.sources.map((s) => (
          <Text key={`${s.kind}-${s.year}`} fz="xs" c="dimmed">
            {t('reports.ucj.source', { source: s.source, year: s.year })} {s.example && <Badge size="xs" color="orange">{t('reports.ucj.example')}</Badge>}
          </Text>
        ))}
      </Stack>
    </Card>
  );
}
