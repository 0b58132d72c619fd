/**
 * The demo's registry and its enrolment in the 2025 PKS (issue #11 §8): as many synthetic people as the
 * PKS groups' quotas (6,311 non-ASN across the demo OPDs, 3,034 pekerja rentan across the regency's
 * villages — example data), registered, then all enrolled and active with KPJ numbers from the PKS start.
 */
import { groupTerms } from '../agreements/agreement-groups.service';
import { listAgreements } from '../agreements/agreements.service';
import type { RequestContext } from '../auth/actor';
import { getRuleBook } from '../regulation/rule-book.service';
import type { Db } from '../db/database';
import { resolveWageBase } from '../domain/wage-base';
import { seedDemoEnrolment } from '../enrolment/enrolment.demo';
import { listRegions } from '../regions/regions.service';
import { seedDemoRegistry } from '../workers/workers.demo';
import { demoPeople } from './demo-people';

async function villagesOf(db: Db, regencyCode: string): Promise<string[]> {
  const districts = await listRegions(db, regencyCode);
  const villages = await Promise.all(districts.map((d) => listRegions(db, d.code)));
  return villages.flat().map((v) => v.code).sort();
}

export async function seedDemoParticipants(db: Db, cli: RequestContext, tenantCode: string, pksNumber: string, opdIds: number[]) {
  const ctx: RequestContext = { ...cli, actor: { ...cli.actor, role: 'dinas', tenantCode } };
  const pks = (await listAgreements(db, ctx, tenantCode)).find((a) => a.number === pksNumber);
  if (!pks) return { workers: 0, participants: 0 };
  const groups = await groupTerms(db, tenantCode, { agreementId: pks.id });
  const quota = (scheme: 'pu' | 'bpu') => groups.filter((g) => g.scheme === scheme).reduce((n, g) => n + g.quota, 0);
  // the non-ASN wage: the base the PKS's PU group fixes (UMP NTT 2024, a rule row — not a literal here)
  const pu = pks.groups.find((g) => g.scheme === 'pu');
  const wage = pu ? resolveWageBase(pu.wage, await getRuleBook(db)).amount : 0;
  const people = demoPeople({ nonAsn: quota('pu'), rentan: quota('bpu'), opdCount: opdIds.length, villageCodes: await villagesOf(db, tenantCode) });
  const workers = await seedDemoRegistry(db, tenantCode, people, [...opdIds].sort((a, b) => a - b), Number(wage));
  const participants = await seedDemoEnrolment(db, ctx, tenantCode, pks.id);
  return { workers, participants };
}
