import type { ApiSchema } from '../../core/api/api-types.js';
import type { PlanAccount } from '../../core/plan.js';
import type { ExtensionInfo, StandardGreeting } from '../../core/references.js';
import type { Owner, Snapshot } from '../../kinds/context.js';

/**
 * Everything a plan is computed from besides the documents: what the read step gathered from
 * RingCentral (GET only) before any comparison. Plain JSON, so a recorded copy plans the same
 * manifests with no server (test/fixtures/plan-inputs/).
 */
export interface PlanInputs {
  /** The account the credentials reach (the plan names it). */
  account: PlanAccount;
  /** The account's extensions: every reference and owner is resolved against them. */
  extensions: ExtensionInfo[];
  /**
   * The standard greetings dictionary, when read: a document names a preset, a rule that does
   * not exist live needs its default greetings, or a change shows a preset by name.
   */
  greetings?: StandardGreeting[];
  /** Each planned owner's live state, by `ownerKey`. */
  snapshots: Record<string, Snapshot>;
  /** The account's IVR menus, when documents manage IVR menus and every owner is planned. */
  ivrMenus?: ApiSchema<'IvrMenuListInfo'>[];
}

/**
 * An owner's key among the snapshots: its type and id; an IVR menu to create has no id yet and
 * is known by its extension number.
 */
export function ownerKey(owner: Owner): string {
  return owner.extensionId ? `${owner.type}:${owner.extensionId}` : `${owner.type}:new:${owner.extensionNumber}`;
}
