// One possible duplicate: the two records side by side (identity, where each was born and lives, where each
// works or is enrolled), the signals that matched, and the decision —
// merge (choosing which record stays) or keep separate — for a dinas officer.
import { Badge, Button, Card, Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/use-format';
import { ConfirmModal } from '../../components/confirm-modal';
import { whereOf } from './membership-badges';
import { useDecideReview } from './workers.api';
import type { DedupReview, ReviewSide } from './workers.types';

function Side({ side, isChoosable }: { side: ReviewSide; isChoosable: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Card withBorder padding="sm">
      <Text fz="xs" c="dimmed">{t('workers.reviews.person', { id: side.id })}</Text>
      <Text fw={700}>{side.name}</Text>
      <Text fz="sm" ff="monospace">{side.nik}</Text>
      <Text fz="sm">{[side.birthPlace, f.date(side.birthDate)].filter(Boolean).join(', ')} · {side.sex}</Text>
      <Text fz="sm">{t('workers.detail.phone')}: {side.phone ?? '—'}</Text>
      <Text fz="sm">{t('workers.detail.village')}: {side.villageName ?? side.villageCode ?? '—'}</Text>
      <Text fz="sm">{t('workers.detail.address')}: {side.address ?? '—'}</Text>
      {side.memberships.map((m) => (
        <Text key={m.id} fz="sm" c={m.status === 'active' ? undefined : 'dimmed'} data-testid={`review-membership-${m.id}`}>
          {t(`workers.groups.${m.group}`)} · {whereOf(m)}{(m.position ?? m.occupation) ? ` · ${m.position ?? m.occupation}` : ''}
          {m.status === 'active' ? '' : ` (${t(`workers.membershipStatus.${m.status}`)})`}
        </Text>
      ))}
      {isChoosable && <Radio value={String(side.id)} label={t('workers.reviews.keep')} mt="xs" />}
    </Card>
  );
}

export function ReviewPair({ tenant, review, canDecide }: { tenant: string; review: DedupReview; canDecide: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const decide = useDecideReview(tenant);
  const [keep, setKeep] = useState(String(Math.min(review.person.id, review.other.id)));
  const [asking, setAsking] = useState<'merge' | 'keep-separate' | null>(null);
  const isPending = review.status === 'pending';
  const isChoosable = isPending && canDecide;
  const run = () => asking && decide.mutate({ id: review.id, decision: asking, keepPersonId: asking === 'merge' ? Number(keep) : undefined }, { onSuccess: () => setAsking(null) });

  return (
    <Card withBorder mb="md" data-testid={`review-${review.id}`}>
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{t('workers.reviews.pair', { id: review.id, score: `${Math.round(review.score * 100)}%` })}</Text>
        <Group gap={4}>{review.signals.map((s) => <Badge key={s} variant="light">{t(`workers.reviews.signals.${s as 'name'}`, { defaultValue: s })}</Badge>)}</Group>
      </Group>
      <Radio.Group value={keep} onChange={setKeep}>
        <SimpleGrid cols={2} spacing="sm" mb="sm">
          <Side side={review.person} isChoosable={isChoosable} />
          <Side side={review.other} isChoosable={isChoosable} />
        </SimpleGrid>
      </Radio.Group>
      {isChoosable && (
        <Group>
          <Button onClick={() => setAsking('merge')} data-testid={`review-merge-${review.id}`}>{t('workers.reviews.merge')}</Button>
          <Button variant="default" onClick={() => setAsking('keep-separate')} data-testid={`review-keep-${review.id}`}>{t('workers.reviews.keepSeparate')}</Button>
        </Group>
      )}
      {isPending && !canDecide && <Text fz="sm" c="dimmed">{t('workers.reviews.approverOnly')}</Text>}
      {!isPending && (
        <Stack gap={0}>
          <Text fz="sm" c="dimmed">{t('workers.reviews.decided', { status: t(`workers.reviews.statuses.${review.status}`), by: review.decidedBy ?? '—', at: review.decidedAt ? f.dateTime(review.decidedAt) : '—' })}</Text>
        </Stack>
      )}
      <ConfirmModal opened={asking !== null} onClose={() => setAsking(null)} testId="review-confirm" pending={decide.isPending} error={decide.error}
        title={t(asking === 'merge' ? 'workers.reviews.mergeTitle' : 'workers.reviews.keepSeparateTitle', { id: review.id })}
        body={t(asking === 'merge' ? 'workers.reviews.mergeBody' : 'workers.reviews.keepSeparateBody')}
        confirm={t(asking === 'merge' ? 'workers.reviews.merge' : 'workers.reviews.keepSeparate')} onConfirm={run} />
    </Card>
  );
}
