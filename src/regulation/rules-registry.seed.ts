/**
 * Registry rules (issue #5): who may be registered, as settings with a basis — not literals in the
 * import code. Ages are whole years on the import date. Both limits are programme policy, not statute:
 * no upper age for JKK/JKM participation was found, and the lower one follows the child-labour rules.
 */
import { defineRule } from './define-rule';
import type { RuleRow } from './rule.types';

export const REGISTRY_RULES: readonly RuleRow[] = [
  defineRule({
    key: 'registry.age.minimum-years', value: 15, unit: 'count', effectiveFrom: '2015-07-01', effectiveTo: null,
    legalBasis: 'Programme setting; cf. UU 13/2003 ps. 68–69 (children under 15 only light work)', confidence: 'unconfirmed',
    note: 'age in whole years on the import date',
  }),
  defineRule({
    key: 'registry.age.maximum-years', value: 70, unit: 'count', effectiveFrom: '2015-07-01', effectiveTo: null,
    legalBasis: 'Programme setting (Disnakertrans); no statutory upper age for JKK/JKM found', confidence: 'unconfirmed',
    note: 'age in whole years on the import date',
  }),
];
