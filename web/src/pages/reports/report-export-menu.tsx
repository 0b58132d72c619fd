// Downloads of the report on screen: coverage, budget and claims of the region shown as PDF (print) or
// XLSX (data), and for a regency the monthly report to the Bupati (laporan bulanan) of a month picked from
// the year. Plain links to GET /api/v1/reports/export: the session cookie authorises them, the server scopes
// and audits each download, and the browser saves the file under the name the server gives.
import { Button, Group, Menu, Select } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/use-format';

type Format = 'pdf' | 'xlsx';
const KINDS = ['coverage', 'budget', 'claims'] as const;

export function exportUrl(q: { report: string; region: string | null; year: number; month?: string; format: Format }): string {
  const p = new URLSearchParams({ report: q.report, format: q.format, year: String(q.year) });
  if (q.region) p.set('region', q.region);
  if (q.month) p.set('month', q.month);
  return `/api/v1/reports/export?${p.toString()}`;
}

/** The months of the year; the picker opens on this month in a running year, else on December. */
function monthsOf(year: number) {
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const now = new Date();
  return { months, initial: now.getFullYear() === year ? months[now.getMonth()]! : months[11]! };
}

export function ReportExportMenu({ region, year }: { region: string | null; year: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const regency = !!region && region.length === 5;
  const { months, initial } = monthsOf(year);
  const [month, setMonth] = useState(initial);
  const picked = months.includes(month) ? month : initial;
  const item = (report: string, format: Format, extra: { month?: string } = {}) => (
    <Menu.Item component="a" href={exportUrl({ report, region, year, format, ...extra })} data-testid={`export-${report}-${format}`}>{t(`reportExport.${format}`)}</Menu.Item>
  );
  return (
    <Group className="no-print" gap="xs" data-testid="report-export-menu">
      <Menu position="bottom-start" withinPortal>
        <Menu.Target><Button variant="default">{t('reportExport.download')}</Button></Menu.Target>
        <Menu.Dropdown>
          {KINDS.map((kind) => (
            <Fragment key={kind}>
              <Menu.Label>{t(`reportExport.kinds.${kind}`)}</Menu.Label>
              {item(kind, 'pdf')}{item(kind, 'xlsx')}
            </Fragment>
          ))}
          {regency && <><Menu.Label>{`${t('reportExport.kinds.monthly')} — ${f.month(picked)}`}</Menu.Label>{item('monthly', 'pdf', { month: picked })}{item('monthly', 'xlsx', { month: picked })}</>}
        </Menu.Dropdown>
      </Menu>
      {regency && (
        <>
          <Select aria-label={t('reportExport.month')} placeholder={t('reportExport.month')} w={170} allowDeselect={false} value={picked}
            data={months.map((m) => ({ value: m, label: f.month(m) }))} onChange={(v) => v && setMonth(v)} data-testid="export-month" />
          <Button variant="light" component="a" href={exportUrl({ report: 'monthly', region, year, month: picked, format: 'pdf' })} data-testid="export-monthly">
            {t('reportExport.monthly')}
          </Button>
        </>
      )}
    </Group>
  );
}
