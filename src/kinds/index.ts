import type { ResourceKind } from './resource-kind.js';
import { siteBusinessHoursKind } from './site-business-hours/site-business-hours-kind.js';
import { siteCustomRuleKind } from './site-custom-rule/site-custom-rule-kind.js';
import { siteRuleKind } from './site-rule/site-rule-kind.js';
import { userCustomRuleKind } from './user-custom-rule/user-custom-rule-kind.js';
import { userStateRuleKind } from './user-state-rule/user-state-rule-kind.js';
import { userStateKind } from './user-state/user-state-kind.js';
import { companyBusinessHoursKind } from './company-business-hours/company-business-hours-kind.js';
import { companyRuleKind } from './company-rule/company-rule-kind.js';
import { companyCustomRuleKind } from './company-custom-rule/company-custom-rule-kind.js';

/** Every kind, in the order changes of equal standing are listed (cli.md kind order). */
export const KINDS: ResourceKind[] = [
  userStateKind,
  userStateRuleKind,
  userCustomRuleKind,
  siteBusinessHoursKind,
  siteRuleKind,
  siteCustomRuleKind,
  companyBusinessHoursKind,
  companyRuleKind,
  companyCustomRuleKind,
];

export const USER_KINDS = KINDS.filter((k) => k.owner === 'user');
export const SITE_KINDS = KINDS.filter((k) => k.owner === 'site');
export const COMPANY_KINDS = KINDS.filter((k) => k.owner === 'company');

/** The kinds that hold one owner type's objects. */
export function kindsOf(owner: 'user' | 'site' | 'company'): ResourceKind[] {
  return KINDS.filter((k) => k.owner === owner);
}
