import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

function Shield({ size }: { size: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
      <path fill="var(--mantine-primary-color-filled)" d="M16 2 4 6.5v8.6C4 22.6 9.1 28.4 16 30c6.9-1.6 12-7.4 12-14.9V6.5z" />
      <path fill="#fff" d="M11 9h3v11h7v3H11z" />
    </svg>
  );
}

/** The product name with its subtitle; `size="lg"` on the login card, compact in the header. */
export function Brand({ size = 'sm' }: { size?: 'sm' | 'lg' }) {
  const { t } = useTranslation();
  const isLarge = size === 'lg';
  return (
    <Group gap="sm" wrap="nowrap">
      <Shield size={isLarge ? 48 : 34} />
      <Stack gap={0}>
        <Text fw={750} fz={isLarge ? 28 : 20} lh={1.1} c="lindung.8">
          {t('app.name')}
        </Text>
        <Text fz={isLarge ? 'sm' : 'xs'} c="dimmed" lh={1.3} visibleFrom={isLarge ? undefined : 'sm'}>
          {t('app.subtitle')}
        </Text>
      </Stack>
    </Group>
  );
}
