// UCJ against the target, with the source and year of every reference figure it uses (example data is
// said to be example data): the figures and a bar chart of the programme's rate, the whole region's rate
// (where BPJS's totals were imported) and the target.
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/use-format';
import { Panel, type Detail } from './report-panel';
import { PALETTE, percentText } from './report-figures';

interface Ucj {
  participants: number; employed: number | null; ucj: number | null; target: number | null; bpjsParticipants: number | null; regionUcj: number | null;
  sources: { kind: string; year: number; source: string; example: boolean }[];
}

export function UcjCard({ ucj, detail }: { ucj: Ucj; detail?: Detail }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const bars = [
    { name: t('reports.ucj.programme'), value: ucj.ucj },
    ...(ucj.regionUcj !== null ? [{ name: t('reports.ucj.region'), value: ucj.regionUcj }] : []),
    { name: t('reports.ucj.target'), value: ucj.target },
  ].filter((b): b is { name: string; value: number } => b.value !== null);
  return (
    <Panel title={t('reports.ucj.title')} detail={detail} testId="ucj-card">
      {ucj.employed === null ? <Text c="dimmed">{t('reports.ucj.noData')}</Text> : (
        <Group gap="xl">
          <Stack gap={0}><Text fz="xs" c="dimmed">{t('reports.ucj.rate')}</Text><Text fz={24} fw={700} data-testid="ucj-rate">{percentText(ucj.ucj, lang)}</Text></Stack>
          <Stack gap={0}><Text fz="xs" c="dimmed">{t('reports.ucj.target')}</Text><Text fz={24} fw={700}>{percentText(ucj.target, lang)}</Text></Stack>
          <Stack gap={0}><Text fz="xs" c="dimmed">{t('reports.ucj.employed')}</Text><Text fz={24} fw={700}>{f.number(ucj.employed)}</Text></Stack>
          {ucj.regionUcj !== null && <Stack gap={0}><Text fz="xs" c="dimmed">{t('reports.ucj.regionRate')}</Text><Text fz={24} fw={700}>{percentText(ucj.regionUcj, lang)}</Text></Stack>}
        </Group>
      )}
      {bars.length > 1 && (
        <div data-testid="ucj-chart">
          <Text fz="sm" fw={500} mt="sm">{t('reports.ucj.chart')}</Text>
          <BarChart h={60 + bars.length * 34} data={bars} dataKey="name" orientation="vertical" gridAxis="none" yAxisProps={{ width: 130, interval: 0 }}
            xAxisProps={{ domain: [0, 100] }} valueFormatter={(v) => percentText(v, lang)}
            series={[{ name: 'value', label: t('reports.table.ucj'), color: PALETTE.other }]} />
        </div>
      )}
      <Stack gap={2} mt="sm">
        {ucj.sources.map((s) => (
          <Text key={`${s.kind}-${s.year}`} fz="xs" c="dimmed">
            {t('reports.ucj.source', { source: s.source, year: s.year })} {s.example && <Badge size="xs" color="orange">{t('reports.ucj.example')}</Badge>}
          </Text>
        ))}
      </Stack>
    </Panel>
  );
}
