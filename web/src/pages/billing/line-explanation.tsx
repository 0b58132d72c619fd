// The explanation of one participant-month's amount: the inputs (base, scheme, risk class…) and each
// component with its rule id and legal basis — every rupiah on a bill explains itself.
import { Code, Modal, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { PageLoader } from '../../components/page-loader';
import { useFormat } from '../../lib/use-format';
import { useExplanation } from './billing.api';
import type { BillLine } from './billing.types';

function inputText(value: string | number | boolean | null, rupiah: (n: number) => string): string {
  if (value === null) return '–';
  if (typeof value === 'number') return Number.isSafeInteger(value) && Math.abs(value) >= 1000 ? rupiah(value) : String(value);
  return String(value);
}

export function LineExplanation({ tenant, billId, line, onClose }: { tenant: string; billId: number; line: BillLine | null; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const explanation = useExplanation(tenant, billId, line);
  return (
    <Modal opened={line !== null} onClose={onClose} size="xl" centered title={t('billing.explain.title', { name: line?.name ?? '' })}>
      {explanation.isPending && <PageLoader />}
      {explanation.isError && <ErrorAlert error={explanation.error} />}
      {explanation.data && (
        <Stack data-testid="line-explanation">
          <Table fz="sm">
            <Table.Thead><Table.Tr><Table.Th>{t('billing.explain.component')}</Table.Th><Table.Th ta="right">{t('billing.explain.amount')}</Table.Th>
              <Table.Th>{t('billing.explain.rule')}</Table.Th><Table.Th>{t('billing.explain.basis')}</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {explanation.data.lines.map((l) => (
                <Table.Tr key={`${l.code}-${l.ruleId}`}>
                  <Table.Td>{l.label}</Table.Td><Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{f.rupiah(l.amount)}</Table.Td>
                  <Table.Td><Code>{l.ruleId}</Code></Table.Td><Table.Td>{l.basis}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text fw={600} fz="sm">{t('billing.explain.inputs')}</Text>
          <Table fz="sm">
            <Table.Tbody>
              {Object.entries(explanation.data.inputs).map(([key, value]) => (
                <Table.Tr key={key}><Table.Td c="dimmed">{key}</Table.Td><Table.Td>{inputText(value, f.rupiah)}</Table.Td></Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Modal>
  );
}
