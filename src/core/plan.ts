import type { SourcePos } from './problem.js';

/**
 * Who owns an object: a user or site extension, or the account itself (the company). The order
 * is the order owners' changes are listed in (users, then sites, then the company).
 *
 * Adding an owner type: add it here and to OWNER_KINDS; `tsc` then lists every per-stage table
 * (typed `OwnerTable`) still missing its entry (README "Adding an owner type").
 */
export const OWNER_TYPES = ['user', 'site', 'company', 'queue', 'ivr'] as const;
export type OwnerType = (typeof OWNER_TYPES)[number];

/** One entry per owner type: a table missing one is a compile error, so no stage has a silent default. */
export type OwnerTable<V> = { readonly [T in OwnerType]: V };

/** The resource kinds of each owner type, in the CLI contract's order (cli.md). */
export const OWNER_KINDS = {
  user: ['user-state', 'user-state-rule', 'user-custom-rule'],
  site: ['site-business-hours', 'site-rule', 'site-custom-rule'],
  company: ['company-business-hours', 'company-rule', 'company-custom-rule'],
  ivr: ['ivr-menu'],
  queue: ['queue-members', 'queue-settings', 'queue-overflow', 'queue-business-hours', 'queue-rule', 'queue-custom-rule'],
} as const satisfies OwnerTable<readonly string[]>;

/** The resource kinds one owner type holds. */
export type ChangeKindOf<T extends OwnerType> = (typeof OWNER_KINDS)[T][number];
export type ChangeKind = ChangeKindOf<OwnerType>;

/** The resource kinds of the CLI contract (cli.md), in its order. */
export const CHANGE_KINDS: readonly ChangeKind[] = OWNER_TYPES.flatMap((t) => OWNER_KINDS[t]);

export type ChangeAction = 'create' | 'update' | 'delete';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One HTTP call: what a change becomes. */
export interface HttpRequest {
  method: HttpMethod;
  path: string;
  body?: unknown;
}

/** One RFC 6902 operation (fast-json-patch's shape). */
export interface PatchOp {
  op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
  path: string;
  value?: unknown;
  from?: string;
}

/**
 * A difference in the words of the manifest: where it is (`rules.work-hours.ring.groups[0].seconds`)
 * and the value before and after, as a manifest would write it (absent = undefined), with names
 * beside ids (`"102 (Kim Lee)"`).
 */
export interface ManifestField {
  path: string;
  before?: unknown;
  after?: unknown;
  /** A list element that moved unchanged: where it was (`rules.work-hours.ring.groups[1]`); `path` is where it goes. */
  movedFrom?: string;
}

/** A warning for the reviewer (lint, unmanaged rules), at the manifest place it concerns. */
export interface PlanWarning {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** A field-level difference of the API objects: JSON pointer, old value, new value (absent = undefined). */
export interface FieldChange {
  path: string;
  old?: unknown;
  new?: unknown;
}

export interface ChangeTarget {
  /** Extension number of the user or site that owns the object (absent for the company). */
  extension?: string;
  extensionId?: string;
  /** State id, rule name or `business-hours`. */
  name: string;
  /** A rule renamed in place (`renamedFrom`): the name the live rule has now. */
  renamedFrom?: string;
  /**
   * A created rule whose document gives `renamedFrom` names that no live rule holds (a typo, or a
   * rule already gone): the plan creates a new rule and renames nothing. Said in the change.
   */
  unmatchedRenamedFrom?: string[];
  /** `user`, `site` or `company`, and the owner's display name: for reviewers. */
  owner: OwnerType;
  ownerName: string;
}

/** One HTTP call of the plan. `apply` interprets this data; it holds no behaviour. */
export interface Change {
  id: string;
  action: ChangeAction;
  kind: ChangeKind;
  target: ChangeTarget;
  method: HttpMethod;
  path: string;
  /** The exact request body `apply` sends (absent for DELETE). */
  body?: unknown;
  /** RFC 6902 patch from the live object to the desired one (both normalized). */
  patch: PatchOp[];
  /** The same difference on the API objects (shown with `--show-requests`). */
  diff: FieldChange[];
  /** The difference in the words of the manifest: what a reviewer reads. */
  fields?: ManifestField[];
  dependsOn: string[];
  /**
   * Places in `body` (JSON pointers) that hold the id of an object an earlier change creates
   * (`from`, which `dependsOn` names): a key to an IVR menu this plan creates. The body holds a
   * placeholder there (`(id of new IVR menu 2100)`); apply sends the id the create returned. A
   * create whose `from` is itself (a menu with a key to itself) is sent without those elements,
   * then they are set by a PUT to `path/<created id>`.
   */
  fill?: BodyFill[];
  /** Where the manifest states this object (absent for prune deletes of unlisted rules). */
  origin?: SourcePos;
  /**
   * The `kind: Schedule` documents whose schedule this change writes (`schedule: {use: …}` in
   * the part of the object that changes): a reviewer sees that the Schedule caused it.
   */
  schedules?: ScheduleCause[];
}

/**
 * Whether a change is one of this owner's: by owner type and extension id (`~` for the company);
 * IVR menus to create have no id yet, so theirs are told apart by extension number.
 */
export function isChangeOf(change: Change, owner: { type: OwnerType; extensionId: string; extensionNumber: string }): boolean {
  const t = change.target;
  if (t.owner !== owner.type || (t.extensionId ?? '~') !== owner.extensionId) return false;
  return owner.extensionId !== '' || t.extension === owner.extensionNumber;
}

/** One place of a change's body that apply fills with the id an earlier create returned. */
export interface BodyFill {
  pointer: string;
  from: string;
}

/** A Schedule document behind a change: its name and where that name is written. */
export interface ScheduleCause {
  name: string;
  file: string;
  line: number;
  column: number;
}

/** A live object no manifest mentions, left alone (no `prune: true`). */
export interface UnmanagedObject {
  kind: ChangeKind;
  target: ChangeTarget;
  id: string;
}

/** Fingerprint of a live object a plan was computed from: re-read and compared by `apply --plan`. */
export interface LiveFingerprint {
  /** GET path that returns the object (or the list that contains it). */
  path: string;
  /** Which object of that response: `*` for the whole response, else an id or a state id. */
  select: string;
  /** sha256 of the normalized object (`absent` when it did not exist). */
  sha256: string;
}

/** The account a plan was computed against (cli.md "Which account"). */
export interface PlanAccount {
  id: string;
  /** The company name RingCentral gives the account. */
  name: string;
  /** The API server's origin, e.g. `https://platform.ringcentral.com`. */
  server: string;
}

/** Which documents a selection (`--changed-since REF`) left to plan. */
export interface PlanSelection {
  documents: number;
  changedSince: string;
}

/**
 * The owners a plan touches: extension numbers per owner type (users and sites always listed,
 * the others when touched), and `company` when the account's own rules change.
 */
export interface PlanAffected {
  users: string[];
  sites: string[];
  queues?: string[];
  ivrMenus?: string[];
  company?: boolean;
}

/** Where an owner type's numbers go in `Plan.affected`. */
export type AffectedList = Exclude<keyof PlanAffected, 'company'>;

export interface Plan {
  formatVersion: 1;
  account?: PlanAccount;
  changes: Change[];
  unmanaged: UnmanagedObject[];
  summary: { create: number; update: number; delete: number };
  /** The owners at least one change touches (blast radius), by owner type (ownerWords' `affected`). */
  affected?: PlanAffected;
  /** Warnings for the reviewer: lint of the manifests, live rules no manifest manages. */
  warnings?: PlanWarning[];
  /**
   * Set when `--changed-since` chose which documents to plan: how many it selected. With 0, the
   * plan compared nothing, and says so instead of "matches".
   */
  selection?: PlanSelection;
  /** Present in saved plans only (`plan --out`). */
  fingerprints?: LiveFingerprint[];
}

export type StepStatus = 'applied' | 'failed' | 'skipped';

export interface StepResult {
  id: string;
  status: StepStatus;
  /** HTTP status and RingCentral's error code and message when the step failed. */
  error?: { status?: number; errorCode?: string; message: string };
  /** For skipped steps: the failed change(s) they depend on. */
  blockedBy?: string[];
}

/** A rule name found held more than once after apply, and what apply did about it. */
export interface DuplicateSweep {
  /** The create change whose name is held twice. */
  change: string;
  name: string;
  /** The oldest copy (lowest id): the one every run keeps. */
  kept: string;
  /** Copies this run created and deleted again. */
  deleted: string[];
  /** Copies someone else made (or that could not be deleted): left for the plan to report. */
  left: string[];
}

export interface ApplyResult {
  steps: StepResult[];
  summary: { applied: number; failed: number; skipped: number };
  /** Names held twice after apply (RingCentral does not keep names unique). */
  duplicates?: DuplicateSweep[];
}
