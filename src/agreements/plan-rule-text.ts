/**
 * One plan line as a sentence an officer can check by hand, for the plan XLSX's "Aturan" column:
 * "JKK 0,24% × Rp 2.186.826 = Rp 5.248 (PP 44/2015 Lampiran I; PP 82/2019)". The rate reads as a rate,
 * the amount as an amount; the rule id stays in brackets so an auditor can still find the row.
 */
import { percentText, rupiahText } from '../documents/document-format';
import type { AgreementPlan } from './agreement-plan';

type PlanLine = AgreementPlan['groups'][number]['lines'][number];

export function planLineText(line: PlanLine): string {
  const basis = `${line.legalBasis}; aturan ${line.rule}`;
  if (line.kind === 'rate' && line.rateBp !== undefined) {
    return `${line.program} ${percentText(line.rateBp)} × ${rupiahText(line.base)} = ${rupiahText(line.amount)} per orang per bulan (${basis})`;
  }
  if (line.kind === 'flat') return `${line.program} tetap ${rupiahText(line.amount)} per orang per bulan (${basis})`;
  if (line.kind === 'discount') return `${line.program} potongan ${rupiahText(-line.amount)} dari ${rupiahText(line.base)} per orang per bulan (${basis})`;
  return `${line.program} ${rupiahText(line.amount)} per orang per bulan (${basis})`;
}
