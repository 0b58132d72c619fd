// The batch's counts, with the promise of the import made visible: every row is accepted, rejected or a
// duplicate (in the file or already registered) — the four add up to the rows read. Fuzzy candidates and
// warnings are notes on accepted rows, so they are shown beside the sum, not in it.
import { Badge, Card, Group, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/use-format';
import type { BatchSummary } from './imports.types';

function Stat({ label, value, color, hint, testId }: { label: string; value: number; color?: string; hint?: string; testId: string }) {
  const f = useFormat();
  return (
    <Card withBorder padding="sm">
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text fz={26} fw={700} c={color} data-testid={testId}>{f.number(value)}</Text>
      {hint && <Text fz="xs" c="dimmed">{hint}</Text>}
    </Card>
  );
}

export function BatchSummaryView({ summary }: { summary: BatchSummary }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { rows, accepted, rejected, duplicates } = summary;
  const sum = accepted + rejected + duplicates.inFile + duplicates.inRegistry;
  const isReconciled = sum === rows;
  return (
    <>
      <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="sm" mb="sm">
        <Stat label={t('imports.summary.rows')} value={rows} testId="summary-rows" />
        <Stat label={t('imports.summary.accepted')} value={accepted} color="teal.8" testId="summary-accepted" />
        <Stat label={t('imports.summary.rejected')} value={rejected} color="red.8" testId="summary-rejected" />
        <Stat label={t('imports.summary.inFile')} value={duplicates.inFile} color="orange.8" testId="summary-dup-file" />
        <Stat label={t('imports.summary.inRegistry')} value={duplicates.inRegistry} color="orange.8" testId="summary-dup-registry" />
        <Stat label={t('imports.summary.fuzzy')} value={duplicates.fuzzy} hint={t('imports.summary.fuzzyHint')} testId="summary-fuzzy" />
        <Stat label={t('imports.summary.warnings')} value={summary.warnings} hint={t('imports.summary.warningsHint')} testId="summary-warnings" />
      </SimpleGrid>
      <Group gap="sm" mb="md" data-testid="summary-reconcile">
        <Text fz="sm" c="dimmed">{t('imports.summary.reconcile')}:</Text>
        <Text fz="sm" fw={600} ff="monospace" data-testid="summary-equation">
          {`${f.number(accepted)} + ${f.number(rejected)} + ${f.number(duplicates.inFile + duplicates.inRegistry)} = ${f.number(sum)}`}
          {!isReconciled && ` ≠ ${f.number(rows)}`}
        </Text>
        <Badge color={isReconciled ? 'teal' : 'red'} variant="light">
          {isReconciled ? t('imports.summary.reconciled') : t('imports.summary.unreconciled')}
        </Badge>
      </Group>
    </>
  );
}
