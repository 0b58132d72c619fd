/**
 * Checking and writing an agreement's terms — shared by create, draft edits, addenda and renewal, so
 * every path enforces the same rules: an MoU carries no groups or budget, a PKS's parent is an MoU of
 * the same regency, the BPJS branch serves the regency, numbers are unique, the period is valid and
 * every group's wage base resolves through the rule book.
 */
import type { Db } from '../db/database';
import * as branches from '../branches/branch-directory.service';
import { agreementMonths } from '../domain/agreement-period';
import { DomainError } from '../domain/errors';
import { resolveWageBase } from '../domain/wage-base';
import { groupToRow, termsToColumns, type AgreementTerms } from './agreement.mapper';
import { getRuleBook } from '../regulation/rule-book.service';
import * as repo from './agreements.repository';

export async function validateTerms(db: Db, tenantCode: string, kind: 'mou' | 'pks', terms: AgreementTerms, selfId: number | null) {
  if (kind === 'mou' && (terms.groups.length > 0 || terms.budget !== null || terms.parentId !== null)) {
    throw new DomainError('AGREEMENT_MOU_SHAPE', 'invalid');
  }
  agreementMonths(kind, terms.periodStart, terms.periodEnd);
  const rules = await getRuleBook(db);
  for (const group of terms.groups) {
    const matches = group.scheme === 'pu' ? group.wage.kind !== 'declared' : group.wage.kind === 'declared';
    if (!matches) throw new DomainError('GROUP_SCHEME_MISMATCH', 'invalid', { group: group.name, field: 'groups' });
    resolveWageBase(group.wage, rules);
  }
  if (terms.parentId !== null) {
    const parent = await repo.findAgreement(db, tenantCode, terms.parentId);
    if (!parent || parent.kind !== 'mou') throw new DomainError('AGREEMENT_PARENT_INVALID', 'invalid', { field: 'parentId' });
  }
  if (!(await branches.doesBranchServe(db, terms.branchCode, tenantCode))) {
    throw new DomainError('BRANCH_NOT_SERVING', 'invalid', { field: 'branchCode' });
  }
  if (await repo.isNumberTaken(db, tenantCode, terms.number, selfId)) {
    throw new DomainError('AGREEMENT_NUMBER_TAKEN', 'conflict', { field: 'number' });
  }
}

/** Writes the terms of an existing agreement: its columns, then its groups (ids kept, others replaced). */
export async function writeTerms(tx: Db, tenantCode: string, id: number, terms: AgreementTerms, existingGroupIds: number[]) {
  await repo.updateAgreement(tx, tenantCode, id, termsToColumns(terms));
  await writeGroups(tx, tenantCode, id, terms.groups, existingGroupIds);
}

/**
 * Groups with a known id are updated in place (so participants enrolled in a group stay attached);
 * the rest are inserted; groups no longer listed are removed. A PKS has a handful of groups.
 */
export async function writeGroups(tx: Db, tenantCode: string, agreementId: number, groups: AgreementTerms['groups'], existingGroupIds: number[]) {
  const kept = groups.filter((g) => g.id !== undefined && existingGroupIds.includes(g.id));
  await repo.deleteGroupsExcept(tx, tenantCode, agreementId, kept.map((g) => g.id!));
  const rows = groups.map((g, position) => ({ input: g, row: groupToRow(tenantCode, agreementId, g, position) }));
  for (const { input, row } of rows) {
    if (input.id !== undefined && existingGroupIds.includes(input.id)) await repo.updateGroup(tx, tenantCode, input.id, row);
  }
  await repo.insertGroups(tx, rows.filter(({ input }) => input.id === undefined || !existingGroupIds.includes(input.id)).map(({ row }) => row));
}
