// A table cell holding an amount of rupiah: right-aligned and never broken over two lines ("Rp 125.491.488"
// split after "Rp" reads as two numbers). Any page's tables use it for their amount columns.
import { Table, type TableTdProps } from '@mantine/core';
import { useFormat } from '../lib/use-format';

export function MoneyCell({ amount, ...props }: { amount: number | null | undefined } & Omit<TableTdProps, 'children'>) {
  const f = useFormat();
  return (
    <Table.Td ta="right" {...props} style={{ whiteSpace: 'nowrap' }} data-money="">
      {amount === null || amount === undefined ? '–' : f.rupiah(amount)}
    </Table.Td>
  );
}
