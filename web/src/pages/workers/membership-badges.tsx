// A person's memberships at a glance: group and where (OPD or village); ended ones greyed out.
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Membership, PersonStatus } from './workers.types';

const STATUS_COLOR: Record<PersonStatus, string> = { active: 'teal', inactive: 'gray', merged: 'orange' };

export function PersonStatusBadge({ status }: { status: PersonStatus }) {
  const { t } = useTranslation();
  return <Badge color={STATUS_COLOR[status]} variant="light">{t(`workers.status.${status}`)}</Badge>;
}

export const whereOf = (m: Membership) => (m.group === 'non-asn' ? m.opdName : m.villageName) ?? m.villageCode ?? '';

export function MembershipBadges({ memberships }: { memberships: Membership[] }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {memberships.map((m) => (
        <Badge key={m.id} variant={m.status === 'active' ? 'light' : 'outline'} color={m.status === 'active' ? (m.group === 'non-asn' ? 'blue' : 'grape') : 'gray'} tt="none">
          {t(`workers.groups.${m.group}`)}{whereOf(m) && ` · ${whereOf(m)}`}
        </Badge>
      ))}
    </Group>
  );
}
