/**
 * The scholarship's children from the heirs (issue #13 §1): a `beasiswa` claim counts the children recorded
 * on it and on the participation's death claim (`jkm`, `jkk-death`; one person once, by NIK) with their
 * birth dates and school levels, oldest first; `claimScholarship` (src/domain) checks each on the incident date (age 23 by rule
 * `scholarship.max-age`, married, working) and takes at most two. Without any child heir the filer's
 * `children`/`childLevels` count (the CLI's `--children N`). When heirs change on an open claim, the
 * participation's open scholarship claims are computed again in the same transaction.
 */
import type { RequestContext } from '../auth/actor';
import { recordAudit } from '../audit/audit.service';
import { computeClaimBenefit } from '../domain/claim-benefit';
import type { ScholarshipChild } from '../domain/claim-scholarship';
import type { Db } from '../db/database';
import { getRuleBook } from '../regulation/rule-book.service';
import { isBlocking } from './claim-eligibility';
import * as heirs from './claim-documents.repository';
import * as repo from './claims.repository';

const DEATHS = new Set(['jkm', 'jkk-death']);
const OPEN = new Set(['dilaporkan', 'berkas-lengkap']);

/** The child heirs a scholarship claim counts (its own and the death claim's); null when none is recorded. */
export async function heirChildren(db: Db, tenantCode: string, participationId: number, claimId: number | null): Promise<ScholarshipChild[] | null> {
  const claims = await repo.claimsOfParticipation(db, tenantCode, participationId);
  const ids = [...claims.filter((c) => DEATHS.has(c.type)).map((c) => c.id), ...(claimId === null ? [] : [claimId])];
  const seen = new Set<string>();
  const rows = (await heirs.listSchoolChildren(db, tenantCode, ids)).filter((h) => !seen.has(h.nik) && !!seen.add(h.nik));
  if (!rows.length) return null;
  return rows.map((h) => ({ level: h.school_level!, name: h.name, birthDate: h.birth_date, married: h.married, working: h.working }));
}

/** What a claim stores about its scholarship children (shown, and the words of its reason codes). */
export function childrenInputs(children: readonly ScholarshipChild[], result: ReturnType<typeof computeClaimBenefit>, source: 'heirs' | 'declared') {
  const verdicts = result.scholarshipChildren ?? [];
  return {
    children: children.length, childLevels: children.map((c) => c.level), childrenSource: source,
    scholarshipChildren: verdicts.map((c) => ({ name: c.name ?? null, level: c.level, ageOnIncident: c.ageOnIncident, verdict: c.verdict })),
    excluded: verdicts.filter((c) => c.verdict !== 'eligible' && c.verdict !== 'over-max-children').length,
    maxAge: result.scholarshipMaxAge ?? null,
  };
}

/** Computes the open scholarship claims of a participation again from their child heirs (heirs changed). */
export async function rescoreScholarships(tx: Db, ctx: RequestContext, tenantCode: string, participationId: number): Promise<void> {
  const open = (await repo.claimsOfParticipation(tx, tenantCode, participationId)).filter((c) => c.type === 'beasiswa' && OPEN.has(c.status));
  if (!open.length) return;
  const book = await getRuleBook(tx);
  const types = await repo.claimTypesOf(tx, tenantCode, participationId);
  for (const c of open) {
    const inputs = c.inputs as Record<string, unknown>;
    // the last child heir removed: no children any more (a claim counted as declared keeps its count)
    const children = (await heirChildren(tx, tenantCode, participationId, c.id)) ?? (inputs.childrenSource === 'heirs' ? [] : null);
    if (!children) continue;
    const benefit = computeClaimBenefit({
      type: 'beasiswa', on: c.incident_date, scheme: 'pu', wageBase: null, contributionMonths: Number(inputs.contributionMonths ?? 0), children,
      workAccident: types.includes('jkk-death') || types.includes('jkk-disability-total'),
    }, book);
    const reasons = [...c.reasons.filter((r) => !r.startsWith('SCHOLARSHIP_')), ...benefit.reasons];
    await repo.updateBenefit(tx, tenantCode, c.id, {
      eligible: !reasons.some(isBlocking), reasons, benefit_total: benefit.total,
      benefit: JSON.stringify({ total: benefit.total, lines: benefit.lines }),
      inputs: JSON.stringify({ ...inputs, ...childrenInputs(children, benefit, 'heirs') }),
    });
    await recordAudit(tx, ctx, { action: 'claim.rescore', entity: 'claim', entityId: c.id, tenantCode, details: { total: benefit.total, reasons, children: children.length } });
  }
}
