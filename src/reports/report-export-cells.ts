/**
 * How a report cell is written: in print (Indonesian: "1.505.897.856", "Rp 5.897.856", "11,26%") and as
 * an XLSX number format (the cell keeps the number; Excel shows it as Rupiah or a percentage).
 */
import { groupDigits, rupiahText } from '../documents/document-format';
import type { Cell, CellType } from './report-export.types';

const percent = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function cellText(value: Cell, type: CellType): string {
  if (value === null) return '-';
  if (typeof value === 'string') return value;
  if (type === 'rupiah') return rupiahText(value);
  if (type === 'percent') return `${percent.format(value * 100)}%`;
  if (type === 'count') return groupDigits(value);
  return String(value);
}

export const XLSX_FORMAT: Record<CellType, string | undefined> = {
  text: undefined, count: '#,##0', rupiah: '"Rp" #,##0', percent: '0.00%',
};

export const isNumeric = (type: CellType) => type !== 'text';
