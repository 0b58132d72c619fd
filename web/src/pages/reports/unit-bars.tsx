// A horizontal bar chart of participants per unit (kecamatan, village, OPD) above the same figures as a
// table: every label shown (a phone gets narrower, shortened labels; the table keeps the full names).
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/use-format';
import { useChartLabels } from './use-chart-labels';

export interface UnitRow { key: string; name: string; participants: number }

export function UnitBars({ rows, color, testId }: { rows: UnitRow[]; color: string; testId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const yAxis = useChartLabels();
  const data = rows.map((r) => ({ name: r.name, participants: r.participants }));
  return (
    <>
      <div data-testid={`${testId}-chart`}>
        <BarChart h={Math.max(160, data.length * 26 + 40)} data={data} dataKey="name" orientation="vertical" gridAxis="none"
          yAxisProps={yAxis}
          series={[{ name: 'participants', label: t('reports.units.participants'), color }]} valueFormatter={(v) => f.number(v)} />
      </div>
      <Table mt="sm" striped data-testid={`${testId}-table`}>
        <Table.Thead><Table.Tr><Table.Th>{t('reports.units.name')}</Table.Th><Table.Th ta="right">{t('reports.units.participants')}</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>{rows.map((r) => <Table.Tr key={r.key}><Table.Td>{r.name}</Table.Td><Table.Td ta="right">{f.number(r.participants)}</Table.Td></Table.Tr>)}</Table.Tbody>
      </Table>
    </>
  );
}
