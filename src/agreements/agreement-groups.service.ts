/**
 * The PKS groups as other capabilities need them (enrolment: quota, scheme, programmes, the PKS period;
 * cards: the labels). No actor: the calling service authorises and scopes. The quota of a group is its
 * target headcount; changing it is an addendum.
 */
import type { Db } from '../db/database';

export interface GroupTerms {
  groupId: number; groupName: string; scheme: 'pu' | 'bpu'; quota: number; position: number;
  agreementId: number; agreementNumber: string; agreementStatus: 'draft' | 'signed' | 'active' | 'ended'; kind: 'mou' | 'pks';
  periodStart: string; periodEnd: string; programmes: string[];
}

export async function groupTerms(db: Db, tenantCode: string, filter: { agreementId?: number; groupIds?: number[] }): Promise<GroupTerms[]> {
  let q = db.selectFrom('agreement_group as g')
    .innerJoin('agreement as a', (j) => j.onRef('a.tenant_code', '=', 'g.tenant_code').onRef('a.id', '=', 'g.agreement_id'))
    .select(['g.id as groupId', 'g.name as groupName', 'g.scheme', 'g.target_headcount as quota', 'g.position', 'a.id as agreementId',
      'a.number as agreementNumber', 'a.status as agreementStatus', 'a.kind', 'a.period_start as periodStart', 'a.period_end as periodEnd',
      'a.programmes'])
    .where('g.tenant_code', '=', tenantCode);
  if (filter.agreementId !== undefined) q = q.where('g.agreement_id', '=', filter.agreementId);
  if (filter.groupIds) q = q.where('g.id', 'in', filter.groupIds.length ? filter.groupIds : [-1]);
  return q.orderBy('a.id').orderBy('g.position').execute();
}
