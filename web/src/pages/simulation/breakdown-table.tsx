import { Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/use-format';
import { useLineLabel } from './line-label';
import type { CalcLine, Confidence } from './simulation.api';

/** "belum terkonfirmasi": the rule behind an amount is reported, not confirmed in the regulation text. */
export function UnconfirmedBadge({ confidence }: { confidence: Confidence }) {
  const { t } = useTranslation();
  if (confidence !== 'unconfirmed') return null;
  return (
    <Tooltip label={t('simulation.unconfirmedHint')} multiline w={260}>
      <Badge color="yellow" variant="light" size="sm" data-testid="unconfirmed-badge">{t('simulation.unconfirmed')}</Badge>
    </Tooltip>
  );
}

/** Every line of a result: what it is, how much, and the legal basis that sets it. */
export function BreakdownTable({ lines, testId }: { lines: CalcLine[]; testId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labelOf = useLineLabel();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('simulation.item')}</Table.Th>
            <Table.Th ta="right">{t('simulation.amount')}</Table.Th>
            <Table.Th>{t('simulation.legalBasis')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={`${line.rule}-${line.kind ?? line.component}-${line.program ?? ''}-${line.fromMonth ?? ''}`} data-testid="calc-line">
              <Table.Td>{labelOf(line)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="calc-line-amount">{format.rupiah(line.amount)}</Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Text fz="sm" title={line.rule} data-testid="calc-line-basis">{line.legalBasis}</Text>
                  <UnconfirmedBadge confidence={line.confidence} />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
