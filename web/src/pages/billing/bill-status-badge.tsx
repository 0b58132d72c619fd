// The status of a bill in words and colour, the same on every billing page. Colour repeats the word,
// never replaces it (the word is always shown).
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BillStatus } from './billing.types';

const STATUS_COLOR: Record<BillStatus, string> = {
  terbit: 'blue', lunas: 'green', 'kurang-bayar': 'orange', 'belum-bayar': 'yellow', 'lewat-jatuh-tempo': 'red',
};

export function BillStatusBadge({ status }: { status: BillStatus }) {
  const { t } = useTranslation();
  return <Badge color={STATUS_COLOR[status] ?? 'gray'} variant="light" data-testid="bill-status">{t(`billing.status.${status}`)}</Badge>;
}
