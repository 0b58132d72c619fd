/**
 * The parts of a bill its documents list: the summary per OPD or village (named through the tenants and
 * regions services) and every participant line with the person's name, a masked NIK and the rates behind
 * each programme amount (basis points of the rules the line was computed with). An OPD or village
 * operator's documents hold their own unit only.
 */
import type { RequestContext } from '../auth/actor';
import type { Db } from '../db/database';
import { maskNik } from '../domain/nik';
import { existingRegionCodes } from '../regions/regions.service';
import type { RuleRow } from '../regulation/rule.types';
import { opdNames } from '../tenants/tenants.service';
import { personIdentities } from '../workers/participant-source.service';
import type { BillLineRow, BillUnitRow } from './bill-document.types';
import * as docs from './bill-documents.repository';
import * as bills from './bills.repository';

export function unitScopeOf(ctx: RequestContext): docs.UnitScope {
  if (ctx.actor.role === 'opd') return { opdId: ctx.actor.opdId ?? -1 };
  if (ctx.actor.role === 'desa') return { villageCode: ctx.actor.villageCode ?? '-' };
  return {};
}

const keyOf = (opdId: number | null, villageCode: string | null) => (opdId !== null ? `opd:${opdId}` : `village:${villageCode ?? ''}`);

export async function unitRowsOf(db: Db, tenantCode: string, billId: number, unit: docs.UnitScope): Promise<BillUnitRow[]> {
  const rows = (await bills.sumLinesByUnit(db, tenantCode, billId))
    .filter((r) => (unit.opdId == null || r.opd_id === unit.opdId) && (unit.villageCode == null || r.village_code === unit.villageCode));
  const opds = rows.some((r) => r.opd_id !== null) ? await opdNames(db, tenantCode) : new Map<number, string>();
  const villages = await existingRegionCodes(db, rows.flatMap((r) => (r.village_code ? [r.village_code] : [])));
  return rows.map((r) => r.opd_id !== null
    ? { unitKind: 'opd' as const, code: String(r.opd_id), name: opds.get(Number(r.opd_id)) ?? String(r.opd_id), participants: Number(r.participants), amount: Number(r.amount) }
    : { unitKind: 'village' as const, code: r.village_code ?? '', name: villages.get(r.village_code ?? '')?.name ?? r.village_code ?? '-', participants: Number(r.participants), amount: Number(r.amount) })
    .sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

/** The rate (basis points) of a programme among a line's rules, when the rule is a rate (PU); BPU pays fixed amounts. */
function rateOf(ruleIds: string[], programme: 'jkk' | 'jkm' | 'jht', rates: Map<string, RuleRow>): number | null {
  for (const id of ruleIds) {
    const rule = rates.get(id);
    if (rule && rule.key.split('.').includes(programme)) return rule.value;
  }
  return null;
}

export async function billLinesForDocument(db: Db, tenantCode: string, billId: number, unit: docs.UnitScope,
  unitNames: Map<string, string>, rates = new Map<string, RuleRow>()): Promise<BillLineRow[]> {
  const rows = await docs.billLinesWithPerson(db, tenantCode, billId, unit);
  const people = await personIdentities(db, tenantCode, rows.map((r) => r.person_id));
  return rows.map((r) => ({
    participationId: r.participation_id, nikMasked: maskNik(r.nik), name: people.get(r.person_id)?.name ?? '-',
    unitName: unitNames.get(keyOf(r.opd_id, r.village_code)) ?? '', month: r.month.slice(0, 7), kind: r.kind, base: r.base,
    baseSource: r.base_source, scheme: r.scheme, riskClass: r.risk_class,
    rates: { JKK: rateOf(r.rule_ids, 'jkk', rates), JKM: rateOf(r.rule_ids, 'jkm', rates), JHT: rateOf(r.rule_ids, 'jht', rates) },
    programmes: { JKK: r.jkk, JKM: r.jkm, JHT: r.jht }, amount: r.amount, ruleIds: r.rule_ids, reason: r.reason,
  }));
}
