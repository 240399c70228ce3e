/**
 * TypeScript view of a manifest document as written (manifest-v1.md), after YAML parsing and
 * schema validation. Values are still in their written form (phone numbers not yet E.164,
 * references not yet ids); compile turns them into API bodies.
 */

import type { OwnerType } from './plan.js';

/** `"101"`/`101` (extension number), `{id}`, `{email}` or `{name}`. */
export type ExtRef = string | number | { id: string | number } | { email: string } | { name: string };

/** `"09:00-17:00"` or with seconds `"09:00:00-16:59:59"`. */
export type Hours = string;

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface DateTimeRange {
  from: string;
  to: string;
}

export type Schedule = 'always' | { daily: Hours } | { weekly: Partial<Record<Weekday, Hours[]>> } | { ranges: DateTimeRange[] };

export type ScheduleForm = 'always' | 'daily' | 'weekly' | 'ranges';

export type Greeting = { preset: string | number } | { custom: string | number };
/** `off` disables the action; `{off: <greeting>}` disables it keeping that greeting configured. */
export type GreetingOrOff = Greeting | 'off' | { off: Greeting };

export type ScreeningWhen = 'NoCallerId' | 'UnknownCallerId' | 'Always';
export type ScreeningResult = 'AskToAnswer' | 'PlayCallerNameOnly';
export interface Screening {
  when: ScreeningWhen;
  result?: ScreeningResult;
}

export interface GreetingSection {
  welcome?: GreetingOrOff;
  connectingMessage?: GreetingOrOff;
  connectingAudio?: GreetingOrOff;
  /** `{off: {when, result}}` disables screening keeping those settings configured. */
  screening?: Screening | 'off' | { off: Screening };
}

/**
 * A ring target as written: a bare word (`mobile-apps`) or an object with one key
 * (`{coworker: "102"}`). Each form is defined, with its schema, by its part in
 * src/parts/ring-targets/, so this type stays open.
 */
export type RingTarget = string | { readonly [key: string]: unknown };

export interface RingGroup {
  targets: RingTarget[];
  seconds?: number;
  enabled?: boolean;
}

export type RingOrder = 'at-once' | 'in-order';

export interface RingSection {
  order?: RingOrder;
  groups: RingGroup[];
  /** RingAlwaysGroupAction: the user's apps that ring alongside every group; `[]` turns it off. */
  always?: string[];
}

/**
 * A destination as written: an object with one key (`{voicemail: {…}}`, `{forwardTo: {phone}}`).
 * Each form is defined, with its schema, by its part in src/parts/destinations/.
 */
export type Destination = { readonly [key: string]: unknown };

/** The dispatching part shared by state rules and custom rules. */
export interface RuleBody {
  greeting?: GreetingSection;
  ring?: RingSection;
  ifNoAnswer?: Destination;
  immediately?: Destination;
}

export const USER_STATE_IDS = ['work-hours', 'after-hours', 'forward-all-calls', 'dnd', 'agent'] as const;
export type StateId = (typeof USER_STATE_IDS)[number];

export interface UserStates {
  'work-hours'?: { schedule: Schedule };
  'forward-all-calls'?: { enabled?: boolean; schedule?: Schedule };
  dnd?: { enabled: boolean };
  agent?: { enabled?: boolean; schedule?: Schedule | 'same-as-work-hours' };
}

/** A caller: a phone number, or `{number, name}` (sites also accept `{name}` alone). */
export type Caller = string | { number?: string; name?: string };

export interface UserCustomRuleWhen {
  callers?: Caller[];
  calledNumbers?: string[];
  state?: 'work-hours' | 'after-hours';
  schedule?: Schedule;
}

/** Former names of a custom rule (manifest-v1.md "Renaming a custom rule"). */
export type RenamedFrom = string | string[];

export interface UserCustomRule extends RuleBody {
  name: string;
  renamedFrom?: RenamedFrom;
  enabled?: boolean;
  when: UserCustomRuleWhen;
  queueCalls?: boolean;
}

export interface UserManifest {
  version: 1;
  kind: 'User';
  extension?: ExtRef;
  extensions?: ExtRef[];
  states?: UserStates;
  rules?: Partial<Record<StateId, RuleBody>>;
  customRules?: UserCustomRule[];
  prune?: boolean;
}

export type SiteScheduleRef = { ref: 'business-hours' | 'after-hours' };

export interface SiteCustomRule {
  name: string;
  renamedFrom?: RenamedFrom;
  enabled?: boolean;
  when: {
    callers?: Caller[];
    calledNumbers?: string[];
    schedule?: Schedule | SiteScheduleRef;
  };
  transferTo: ExtRef;
}

export interface SiteManifest {
  version: 1;
  kind: 'Site';
  site: ExtRef;
  businessHours?: { schedule: Schedule };
  rules?: { 'business-hours'?: { transferTo: ExtRef }; 'after-hours'?: { transferTo: ExtRef } };
  customRules?: SiteCustomRule[];
  prune?: boolean;
}

/**
 * Where a company rule sends calls: exactly one key (manifest-v1.md "kind: Company"), and the
 * company greeting the rule plays before the operator or a hang-up (`greeting`, a predefined
 * greeting: the API's `greetings` take no other; absent, it stays as it is live).
 */
export type CompanyAction = ({ transferTo: ExtRef } | { operator: Record<string, never> } | { disconnect: Record<string, never> }) & {
  greeting?: Greeting;
};

export type CompanyCustomRule = {
  name: string;
  renamedFrom?: RenamedFrom;
  enabled?: boolean;
  when: SiteCustomRule['when'];
} & CompanyAction;

export interface CompanyManifest {
  version: 1;
  kind: 'Company';
  businessHours?: { schedule: Schedule };
  rules?: { 'business-hours'?: CompanyAction; 'after-hours'?: CompanyAction };
  customRules?: CompanyCustomRule[];
  prune?: boolean;
}

/** The keys of an IVR menu as written (manifest-v1.md "kind: IvrMenu"). */
export const IVR_KEYS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#', 'noInput'] as const;
export type IvrKey = (typeof IVR_KEYS)[number];

/** The bare-word key actions: DialByName, Repeat, ReturnToPrevious, ReturnToRoot, ConnectToOperator, Disconnect. */
export const IVR_NAMED_ACTIONS = ['dial-by-name', 'repeat', 'previous-menu', 'top-menu', 'operator', 'disconnect'] as const;
export type IvrNamedAction = (typeof IVR_NAMED_ACTIONS)[number];

/** Any other action of the API, written as its request object (IvrMenuActionsInfo without `input`). */
export interface IvrRawAction {
  action: string;
  extension?: { id: string | number };
  phoneNumber?: string;
}

export type IvrKeyAction =
  IvrNamedAction | { transferTo: ExtRef } | { voicemail: ExtRef } | { forwardTo: { phone: string } } | { raw: IvrRawAction };

/** Text to speech (`say`, optional `language` locale code) or an audio prompt of the account by name. */
export interface IvrPromptManifest {
  say?: string;
  language?: string;
  audio?: string;
}

export interface IvrMenuManifest {
  version: 1;
  kind: 'IvrMenu';
  /** The menu's extension number: its identity. */
  extension: string | number;
  name?: string;
  site?: ExtRef;
  prompt?: IvrPromptManifest;
  repeat?: 1 | 2 | 3;
  /** Owned whole when present: a key not listed does nothing. */
  keys?: Partial<Record<IvrKey, IvrKeyAction>>;
}

/**
 * Where a call queue sends calls (manifest-v1.md "kind: CallQueue"): exactly one key. `voicemail`
 * is Voicemail / TakeMessagesOnly (the queue's own mailbox unless `mailbox`), `transferTo`
 * TransferToExtension, `forwardTo` UnconditionalForwarding, `announcement` Announcement /
 * PlayAnnouncementOnly (when the queue is full, after hours and in custom rules only).
 */
export type QueueDestination =
  { voicemail: { mailbox?: ExtRef } } | { transferTo: ExtRef } | { forwardTo: { phone: string } } | { announcement: Record<string, never> };

/** A queue rule's greetings, each a greeting or `off`. */
export interface QueueGreetings {
  welcome?: GreetingOrOff;
  holdMusic?: GreetingOrOff;
  waitingMusic?: GreetingOrOff;
  waitMessage?: GreetingOrOff;
  queueFull?: GreetingOrOff;
  voicemail?: GreetingOrOff;
}

/** transferMode: Rotating, Simultaneous, FixedOrder. */
export type QueueDistribution = 'longest-idle' | 'simultaneous' | 'fixed-order';

/** holdAudioInterruptionMode (+ holdAudioInterruptionPeriod). */
export type QueueInterruptWait = 'never' | 'when-music-ends' | { everySeconds: number };

/** How a queue rule rings its members and lets callers wait (the rule's `queue` object). */
export interface QueueRing {
  greeting?: QueueGreetings;
  distribution?: QueueDistribution;
  /** fixed-order only: members in ring order. */
  order?: ExtRef[];
  ringEachSeconds?: number;
  wrapUpSeconds?: number;
  maxWaitSeconds?: number;
  maxCallers?: number;
  interruptWait?: QueueInterruptWait;
  whenFull?: QueueDestination;
  whenMaxWait?: QueueDestination;
}

export interface QueueBusinessHoursRule extends QueueRing {
  /** noAnswerAction: WaitPrimaryMembers, WaitPrimaryAndOverflowMembers, or a destination. */
  whenNoAnswer?: 'wait' | 'wait-with-overflow' | QueueDestination;
}

/** A queue custom rule: rings the members (`queue`) or sends calls to exactly one destination. */
export interface QueueCustomRule {
  name: string;
  renamedFrom?: RenamedFrom;
  enabled?: boolean;
  when: SiteCustomRule['when'];
  queue?: QueueRing;
  voicemail?: { mailbox?: ExtRef };
  transferTo?: ExtRef;
  forwardTo?: { phone: string };
  announcement?: Record<string, never>;
}

/** The queue's details (call-queues/{id}). */
export interface QueueSettingsSection {
  membersCanChangeStatus?: boolean;
  alertAfterSeconds?: number;
  serviceLevel?: { goalPercent?: number; withinSeconds?: number; countAbandoned?: boolean; abandonedAfterSeconds?: number };
}

export interface CallQueueManifest {
  version: 1;
  kind: 'CallQueue';
  queue: ExtRef;
  /** Users; owned whole when present. */
  members?: ExtRef[];
  settings?: QueueSettingsSection;
  overflow?: { enabled?: boolean; queues?: ExtRef[] };
  businessHours?: { schedule: Schedule };
  rules?: { 'business-hours'?: QueueBusinessHoursRule; 'after-hours'?: QueueDestination };
  customRules?: QueueCustomRule[];
  prune?: boolean;
}

export type Manifest = UserManifest | SiteManifest | CompanyManifest | CallQueueManifest | IvrMenuManifest;

/**
 * `schedule: {use: <name>}` or `{use: [<name>, …]}` as written: a named `kind: Schedule`
 * document stands in its place. Validation puts the schedule it names there, so the documents
 * every later stage reads hold schedules only (see ManifestDocument.scheduleUses).
 */
export interface ScheduleUseRef {
  use: string | string[];
}

/** A named schedule other documents use (manifest-v1.md "kind: Schedule"); no API object. */
export interface ScheduleManifest {
  version: 1;
  kind: 'Schedule';
  name: string;
  schedule: Schedule;
}

/**
 * The manifest each owner type is written in. `ManifestOf` indexes it by every OwnerType, so a
 * type without an entry here does not compile.
 */
export interface OwnerManifests {
  user: UserManifest;
  site: SiteManifest;
  company: CompanyManifest;
  ivr: IvrMenuManifest;
  queue: CallQueueManifest;
}
export type ManifestOf<T extends OwnerType> = OwnerManifests[T];
