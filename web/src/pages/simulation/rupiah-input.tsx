import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Whole rupiah, grouped as the language writes it (1.500.000 / 1,500,000); '' while empty. */
export function RupiahInput(props: Omit<NumberInputProps, 'onChange' | 'value'> & {
  value: number | '';
  onChange: (value: number | '') => void;
}) {
  const { i18n } = useTranslation();
  const isEnglish = i18n.language === 'en';
  const { onChange, ...rest } = props;
  return (
    <NumberInput
      prefix="Rp "
      min={0}
      max={Number.MAX_SAFE_INTEGER}
      allowDecimal={false}
      allowNegative={false}
      thousandSeparator={isEnglish ? ',' : '.'}
      decimalSeparator={isEnglish ? '.' : ','}
      hideControls
      onChange={(value) => onChange(typeof value === 'number' ? value : value === '' ? '' : Number(value))}
      {...rest}
    />
  );
}
