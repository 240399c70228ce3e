import { OWNER_TYPES, type ChangeKind, type OwnerType } from '../core/plan.js';
import type { SnapshotOf } from './context.js';
import type { ResourceKind } from './resource-kind.js';
import { siteKinds } from './site/site-kinds.js';
import { companyKinds } from './company/company-kinds.js';
import { ivrMenuKind } from './ivr-menu/ivr-menu-kind.js';
import { userCustomRuleKind } from './user-custom-rule/user-custom-rule-kind.js';
import { userStateRuleKind } from './user-state-rule/user-state-rule-kind.js';
import { userStateKind } from './user-state/user-state-kind.js';
import { queueKinds } from './queue/queue-kinds.js';
import { queueMembersKind } from './queue/queue-members-kind.js';
import { queueOverflowKind } from './queue/queue-overflow-kind.js';
import { queueSettingsKind } from './queue/queue-settings-kind.js';

/**
 * The kinds of each owner type, in the order changes of equal standing are listed (cli.md kind
 * order). One entry per owner type: a new type without its kinds does not compile.
 */
export const ownerKinds: { readonly [T in OwnerType]: readonly ResourceKind<SnapshotOf<T>>[] } = {
  user: [userStateKind, userStateRuleKind, userCustomRuleKind],
  site: [siteKinds.businessHours, siteKinds.rule, siteKinds.custom],
  company: [companyKinds.businessHours, companyKinds.rule, companyKinds.custom],
  ivr: [ivrMenuKind],
  queue: [queueMembersKind, queueSettingsKind, queueOverflowKind, queueKinds.businessHours, queueKinds.rule, queueKinds.custom],
};

/** Every kind, owner type by owner type. */
export const KINDS: ResourceKind[] = OWNER_TYPES.flatMap((t) => ownerKinds[t] as readonly ResourceKind[]);

export const USER_KINDS = ownerKinds.user as readonly ResourceKind[];
export const SITE_KINDS = ownerKinds.site as readonly ResourceKind[];
export const COMPANY_KINDS = ownerKinds.company as readonly ResourceKind[];

/** The kinds that hold one owner type's objects. */
export function kindsOf(owner: OwnerType): readonly ResourceKind[] {
  return ownerKinds[owner] as readonly ResourceKind[];
}

/** The kind of a change (every ChangeKind has one: checked by test/kinds/owner-tables.test.ts). */
export function kindNamed(kind: ChangeKind): ResourceKind {
  const found = KINDS.find((k) => k.kind === kind);
  if (!found) throw new Error(`no resource kind ${kind}`);
  return found;
}
