import type { LiveObjectRef } from '../../core/fingerprint.js';
import type { Plan } from '../../core/plan.js';
import type { ExtensionInfo } from '../../core/references.js';
import type { Snapshot } from '../../kinds/context.js';
import type { OwnerDocument } from '../../resolve/resolve-owners.js';

/** A plan made from manifests, with what it was computed from (fields, routing impact, saving). */
export interface LivePlan {
  plan: Plan;
  /** The live objects compared (hashed into fingerprints when the plan is saved). */
  liveObjects: LiveObjectRef[];
  owners: OwnerDocument[];
  /** The live state each owner's plan was computed from (same order as `owners`). */
  snapshots: Snapshot[];
  /** The account's extensions, and the IVR menus the plan creates (their ids plannedIds). */
  extensions: ExtensionInfo[];
}
