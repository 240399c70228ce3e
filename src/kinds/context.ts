import type { ManifestDocument } from '../core/document.js';
import type { PathSeg } from '../core/path.js';
import type { ManifestOf } from '../core/manifest.js';
import type { OwnerType } from '../core/plan.js';
import type { DeviceInfo, ReferenceResolver } from '../core/references.js';
import type { ApiSchema } from '../core/api/api-types.js';

/**
 * The user or site extension a document manages, resolved against the live extension list, or
 * the company (the account itself: `extensionId` is `~`, `extensionNumber` empty, `name` the
 * company name).
 */
export interface Owner {
  type: OwnerType;
  extensionId: string;
  extensionNumber: string;
  name: string;
}

/** What ringform reads per user: two GETs (state-rules embed their states; interaction rules are full). */
export interface UserSnapshot {
  stateRules: ApiSchema<'CommStateBasedRuleResource'>[];
  interactionRules: ApiSchema<'CommInteractionRuleResource'>[];
  /** The user's devices (`voice/forwarding-targets`): read only when a document names a device by name, and by export. */
  devices?: DeviceInfo[];
}

/** What ringform reads per site: business hours and the detailed answering-rule list. */
export interface SiteSnapshot {
  businessHours: ApiSchema<'GetUserBusinessHoursResponse'>;
  answeringRules: ApiSchema<'CallHandlingRuleInfo'>[];
}

/**
 * What ringform reads for the company: business hours, the answering-rule list with each rule
 * read whole (the list holds summaries), and the account's phone numbers when a calledNumbers
 * condition needs them (`phoneNumbers` absent: not read; `{unavailable: status}`: the server
 * did not list them, so the numbers cannot be checked).
 */
export interface CompanySnapshot {
  businessHours: ApiSchema<'CompanyBusinessHours'>;
  answeringRules: ApiSchema<'CompanyAnsweringRuleInfo'>[];
  phoneNumbers?: string[] | { unavailable: number };
}

/**
 * What ringform reads for an IVR menu: the menu (absent while no menu has the document's
 * extension number: it is created), the account's IVR prompts when an audio prompt is named or
 * exported, and the language dictionary when a document names a prompt language.
 */
export interface IvrSnapshot {
  menu?: ApiSchema<'IvrMenuInfo'>;
  prompts?: ApiSchema<'PromptInfo'>[];
  languages?: ApiSchema<'LanguageInfo'>[];
}

/**
 * What ringform reads per call queue: its business hours and detailed answering-rule list
 * always; its details, members and overflow settings only when the document manages them (or
 * needs them: an `order` is checked against the members), and all of them for export.
 */
export interface QueueSnapshot {
  businessHours: ApiSchema<'GetUserBusinessHoursResponse'>;
  answeringRules: ApiSchema<'CallHandlingRuleInfo'>[];
  details?: ApiSchema<'CallQueueDetails'>;
  members?: ApiSchema<'CallQueueMemberInfo'>[];
  overflow?: ApiSchema<'CallQueueOverflowSettings'>;
}

/**
 * What is read per owner type. `SnapshotOf` indexes it by every OwnerType, so a type without an
 * entry here does not compile.
 */
export interface OwnerSnapshots {
  user: UserSnapshot;
  site: SiteSnapshot;
  company: CompanySnapshot;
  ivr: IvrSnapshot;
  queue: QueueSnapshot;
}
export type SnapshotOf<T extends OwnerType> = OwnerSnapshots[T];
/** Any owner's snapshot. */
export type Snapshot = SnapshotOf<OwnerType>;

export type { ManifestOf };

/** Everything a kind needs to state what one document wants for one owner. */
export interface CompileContext<M = ManifestOf<OwnerType>, S = Snapshot> {
  owner: Owner;
  doc: ManifestDocument;
  manifest: M;
  live: S;
  resolver: ReferenceResolver;
  /** Plan errors (unresolvable references, rules RingCentral would refuse given live state). */
  report(path: readonly PathSeg[], message: string): void;
  /** Plan warnings for the reviewer (the planner supplies it; absent, warnings are dropped). */
  warn?(path: readonly PathSeg[], message: string): void;
}
