import { Card, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/use-format';
import type { Words } from './simulation.api';

/** A total in figures and in words (terbilang, from the server), in the current language. */
export function TotalCard({ label, amount, words, testId }: { label: string; amount: number; words: Words; testId: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder bg="blue.0" padding="md" data-testid={testId}>
      <Group justify="space-between" wrap="wrap">
        <Text fw={600}>{label}</Text>
        <Text fw={700} fz="xl" data-testid={`${testId}-amount`}>{format.rupiah(amount)}</Text>
      </Group>
      <Text fz="sm" c="dimmed" fs="italic" mt={4}>
        {t('simulation.inWords')}: <span data-testid={`${testId}-words`}>{i18n.language === 'en' ? words.en : words.id}</span>
      </Text>
    </Card>
  );
}
