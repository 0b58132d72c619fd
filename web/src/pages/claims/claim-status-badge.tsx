// A claim's status in words and colour (refused red, paid green, waiting on BPJS blue).
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOR = { dilaporkan: 'gray', 'berkas-lengkap': 'yellow', diajukan: 'blue', disetujui: 'cyan', ditolak: 'red', dibayar: 'teal' } as const;
export type ClaimStatus = keyof typeof COLOR;
export const CLAIM_STATUSES = Object.keys(COLOR) as ClaimStatus[];
export const CLAIM_TYPES = ['jkm', 'jkk-death', 'jkk-disability-total', 'jkk-disability-partial', 'jkk-stmb', 'jkk-medical', 'jkk-transport', 'beasiswa'] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

export function ClaimStatusBadge({ status }: { status: ClaimStatus }) {
  const { t } = useTranslation();
  return <Badge color={COLOR[status]} variant="light" data-testid="claim-status">{t(`claims.status.${status}`)}</Badge>;
}
