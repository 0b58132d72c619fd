// The budget realisation of a PKS as a cumulative line chart: the APBD budget, what was billed and what
// was paid, month by month — Rupiah on the axis (compact) and in the tooltip (full).
import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/use-format';
import { compactRupiah, cumulativeSeries, SERIES_STYLE, shortMonth, type MonthFigures } from './realisation-series';

export function RealisationChart({ months, budget }: { months: MonthFigures[]; budget: number | null }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const data = cumulativeSeries(months, budget).map((p) => ({ ...p, label: shortMonth(p.month, lang) }));
  // paid before billed: where they coincide, billed's dotted line stays visible on top of paid's solid one
  const series = (['budget', 'paid', 'billed'] as const)
    .filter((name) => name !== 'budget' || budget !== null)
    .map((name) => ({ name, label: t(`billing.realisation.${name}`), ...SERIES_STYLE[name] }));
  return (
    <div data-testid="realisation-chart" data-paid={data.at(-1)?.paid ?? 0} aria-label={t('billing.realisation.chart')}>
      <LineChart h={320} data={data} dataKey="label" series={series} curveType="linear" withLegend withDots
        valueFormatter={(value) => f.rupiah(Math.round(value))} yAxisProps={{ width: 96, tickFormatter: (value: number) => compactRupiah(value, lang) }}
        legendProps={{ verticalAlign: 'bottom' }} strokeWidth={2.5} />
    </div>
  );
}
