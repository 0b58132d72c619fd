/** Plain-text rendering of calculation results for the console (the `--json` output is the contract). */
const group = new Intl.NumberFormat('id-ID');

/** 1500000 → 'Rp 1.500.000'. */
export const rp = (amount: number) => `${amount < 0 ? '-' : ''}Rp ${group.format(Math.abs(amount))}`;

interface TextLine { program?: string; component?: string; amount: number; legalBasis: string; confidence: string }

export function formatLines(lines: readonly TextLine[]): string[] {
  return lines.map((line) => {
    const mark = line.confidence === 'unconfirmed' ? ' [unconfirmed]' : '';
    return `  ${(line.program ?? line.component ?? '').padEnd(24)} ${rp(line.amount).padStart(16)}  ${line.legalBasis}${mark}`;
  });
}
