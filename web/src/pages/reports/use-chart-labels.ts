// The category axis of the horizontal bar charts: every label shown, narrower and shortened on a phone
// (390 px), so the bars keep most of the width; tables beside the charts keep the full names.
import { useMediaQuery } from '@mantine/hooks';
import { shortLabel } from './report-figures';

export function useChartLabels(desktopWidth = 190) {
  const isPhone = useMediaQuery('(max-width: 36em)') ?? false;
  const max = isPhone ? 16 : Math.floor(desktopWidth / 7);
  // a label wider than the axis wraps onto lines that collide with the next bar's: keep one line
  const tick = { transform: 'translate(-6, 0)', fontSize: isPhone ? 11 : 12, fill: 'currentColor' };
  return { width: isPhone ? 124 : desktopWidth, interval: 0, tick, tickFormatter: (v: string) => shortLabel(String(v), max) };
}
