/**
 * How a claim is shown (API, CLI): eligibility and reasons (codes + words), the wage base and its bill line,
 * the benefit lines with their legal basis, BPJS's decision (and whether it differs from Lindung's computed
 * amount), payment, deadlines with the late-payment penalty, and the timeline. NIK masked; the participant's
 * name from the registry (through enrolment).
 */
import type { Deadline } from '../domain/claim-deadlines';
import { programmeOf } from '../domain/claim-types';
import { maskNik } from '../domain/nik';
import { translate, type Lang } from '../i18n/messages';
import type { StoredBenefit } from '../db/schema';
import type { ClaimRow } from './claims.repository';

export type ClaimEventRow = { from_status: string | null; to_status: string; happened_on: string; amount: number | null; note: string; actor_username: string | null; at: Date };

export function reasonTexts(codes: readonly string[], params: Record<string, unknown>, lang: Lang) {
  return codes.map((code) => ({ code, message: translate(code, lang, params) }));
}

export function toClaimView(row: ClaimRow, deadlines: readonly Deadline[], events: readonly ClaimEventRow[] | null, lang: Lang, participantName = '') {
  const benefit = row.benefit as unknown as StoredBenefit;
  const inputs = row.inputs as Record<string, unknown>;
  const differs = row.approved_amount !== null && row.approved_amount !== row.benefit_total;
  return {
    claimId: row.id, number: row.number, tenantCode: row.tenant_code, type: row.type, programme: programmeOf(row.type), status: row.status,
    participationId: row.participation_id, participantName, nikMasked: maskNik(row.nik), workerGroup: row.worker_group, scheme: row.scheme,
    groupId: row.group_id, opdId: row.opd_id, villageCode: row.village_code,
    incidentDate: row.incident_date, reportedOn: row.reported_on, eligible: row.eligible, reasons: row.reasons,
    reasonTexts: reasonTexts(row.reasons, inputs, lang),
    wageBase: row.wage_base, wageBaseSource: (inputs.wageBaseSource ?? null) as { billId: number; billNumber: string; baseSource: string; month: string } | null,
    contributionMonths: typeof inputs.contributionMonths === 'number' ? inputs.contributionMonths : null,
    benefit: { total: benefit.total, lines: benefit.lines },
    chronology: row.chronology, trafficAccident: row.traffic_accident,
    documentsCompleteOn: row.documents_complete_on, submittedOn: row.submitted_on,
    approvedOn: row.approved_on, approvedAmount: row.approved_amount, amountDiffers: differs,
    amountDifference: differs ? (row.approved_amount as number) - row.benefit_total : 0,
    rejectedOn: row.rejected_on, rejectedReason: row.rejected_reason, paidOn: row.paid_on, paidAmount: row.paid_amount,
    deadlines: deadlines.map((d) => ({ code: d.code, due: d.due, metOn: d.metOn, overdue: d.overdue, daysLate: d.daysLate, latePenalty: d.latePenalty ?? 0, rule: d.rule, basis: d.basis, confidence: d.confidence })),
    timeline: (events ?? []).map((e) => ({ from: e.from_status, status: e.to_status, on: e.happened_on, amount: e.amount, note: e.note, actor: e.actor_username, at: e.at.toISOString() })),
    example: row.example,
  };
}

export type ClaimView = ReturnType<typeof toClaimView>;
