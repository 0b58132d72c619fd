// The frame of every dashboard panel — a titled card whose "Lihat rincian" link opens the page with the
// detail (shown only to a user allowed to open it) — and the figure tile used inside panels.
import { Anchor, Card, Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCurrentUser } from '../../app/current-user';
import { hasPermission, type Permission } from '../../lib/auth';

export interface Detail { to: string; permission?: Permission }

export function Panel({ title, detail, testId, children }: { title: string; detail?: Detail; testId: string; children: ReactNode }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const canOpen = detail && (!detail.permission || hasPermission(user, detail.permission));
  return (
    <Card withBorder padding="md" data-testid={testId} className="report-panel">
      <Group justify="space-between" align="baseline" mb="sm" wrap="wrap">
        <Title order={4}>{title}</Title>
        {canOpen && <Anchor component={Link} to={detail.to} fz="sm" className="no-print" data-testid={`${testId}-detail`}>{t('reports.drill')} →</Anchor>}
      </Group>
      {children}
    </Card>
  );
}

export function Stat({ label, value, note, testId }: { label: string; value: string; note?: string; testId?: string }) {
  return (
    <Card withBorder padding="sm" h="100%" data-testid={testId}>
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text fz={{ base: 18, sm: 20 }} fw={700} style={{ overflowWrap: 'anywhere' }}>{value}</Text>
      {note && <Text fz="sm" c="dimmed">{note}</Text>}
    </Card>
  );
}
