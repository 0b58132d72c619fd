// The explanation of one participant-month's amount: the inputs (base, scheme, risk class…) and each
// component with its rule id and legal basis — every rupiah on a bill explains itself.
import { Code, Modal, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { PageLoader } from '../../components/page-loader';
import { useFormat } from '../../lib/use-format';
import { useExplanation } from './billing.api';
import type { BillLine, Explanation } from './billing.types';
import { baseSourceText, reasonText } from './line-words';
import { shortMonth } from './realisation-series';

/** The inputs of the computation as label/value rows, every code said in words. */
function useInputRows(inputs: Explanation['inputs'] | undefined): [string, string][] {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  if (!inputs) return [];
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const rows: [string, string][] = [
    [t('billing.input.month'), shortMonth(inputs.month, lang)], [t('billing.input.kind'), t(`billing.lineKind.${inputs.kind}`)],
    [t('billing.input.base'), f.rupiah(inputs.base)], [t('billing.input.baseSource'), baseSourceText(t, inputs.baseSource)],
    [t('billing.input.scheme'), t(`billing.scheme.${inputs.scheme}`)],
    [t('billing.input.riskClass'), inputs.riskClass ? t(`agreements.risk.${inputs.riskClass as 'low'}`) : '–'],
    [t('billing.input.funding'), FUNDING.includes(inputs.funding) ? t(`billing.funding.${inputs.funding as 'apbd'}`) : inputs.funding],
    [t('billing.input.rounding'), ROUNDING.includes(inputs.rounding) ? t(`billing.rounding.${inputs.rounding as 'down'}`) : inputs.rounding],
    [t('billing.input.amount'), f.rupiah(inputs.amount)],
  ];
  const reason = reasonText(t, inputs.reason);
  if (reason) rows.push([t('billing.input.reason'), reason], [t('billing.input.reasonOn'), inputs.reasonOn ? f.date(inputs.reasonOn) : '–']);
  return rows;
}

const FUNDING = ['apbd', 'apbn', 'self'];
const ROUNDING = ['half-up', 'down', 'half-even'];

export function LineExplanation({ tenant, billId, line, onClose }: { tenant: string; billId: number; line: BillLine | null; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const explanation = useExplanation(tenant, billId, line);
  const inputRows = useInputRows(explanation.data?.inputs);
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
              {inputRows.map(([label, value]) => (
                <Table.Tr key={label}><Table.Td c="dimmed">{label}</Table.Td><Table.Td>{value}</Table.Td></Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Modal>
  );
}
