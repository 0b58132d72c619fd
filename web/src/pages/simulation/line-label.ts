// Words for one explained line ("JKK 0,24% × Rp 2.186.826"), in the current language.
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/use-format';
import type { CalcLine } from './simulation.api';

/** 24 bp → "0,24%" (id) / "0.24%" (en). */
export function formatBp(bp: number, lang: string): string {
  return `${new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 2 }).format(bp / 100)}%`;
}

export function useLineLabel(): (line: CalcLine) => string {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  return (line) => {
    if (line.program && line.kind) {
      return t(`simulation.line.${line.kind}`, {
        program: line.program,
        rate: formatBp(line.kind === 'discount' ? (line.discountBp ?? 0) : (line.rateBp ?? 0), i18n.language),
        base: format.rupiah(line.base ?? 0),
      });
    }
    const component = (line.component ?? 'lump-sum') as 'lump-sum';
    return t(`simulation.line.${component}`, {
      multiplier: String(line.multiplier ?? ''),
      wage: format.rupiah(line.wage ?? 0),
      percents: (line.percents ?? []).map((p) => `${p}%`).join(' × '),
      rate: formatBp(line.rateBp ?? 0, i18n.language),
      from: String(line.fromMonth ?? ''),
      to: String(line.toMonth ?? ''),
      months: String(line.months ?? ''),
    });
  };
}
