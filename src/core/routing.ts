import type { OwnerType } from './plan.js';
import type { Weekday } from './manifest.js';
import type { PathSeg } from './path.js';

/**
 * The routing model: a normalized description of how one user or site handles calls, produced
 * both from a manifest document (src/simulate/manifest-to-model.ts) and from the live
 * configuration (src/simulate/live-to-model.ts), and the outcome of routing one call through it.
 * Times are local to the extension or site: RingCentral applies its time zone, so the model
 * never converts zones.
 */

/** Seconds since local midnight, start included, end excluded; the end of the day is 86400. */
export interface DayWindow {
  start: number;
  end: number;
}

/** Local wall-clock seconds (a local date-time read as if it were UTC), end excluded. */
export interface StampRange {
  start: number;
  end: number;
}

/**
 * A schedule: matches when the time is inside a weekly window or a date-time range. 24/7 is
 * every weekday 0-86400. `path` and `form` say where and how a manifest wrote it (for lint).
 */
export interface RoutingSchedule {
  weekly?: Partial<Record<Weekday, DayWindow[]>>;
  ranges?: StampRange[];
  form?: 'always' | 'daily' | 'weekly' | 'ranges';
  path?: PathSeg[];
}

/**
 * A ring target as a manifest writes it, with extensions as their reference's label ("102", a
 * name): a word (`mobile-apps`) or `{<part key>: <label>}` (`{coworker: "102"}`, `{raw:
 * "HotdeskRingTarget"}`). Its part in src/parts/ring-targets/ describes it.
 */
export type RoutingTarget = string | { readonly [key: string]: string };

export interface RingStep {
  targets: RoutingTarget[];
  /** How long the step rings: with several groups at once, the longest of them. */
  seconds: number;
  /**
   * Groups rung at once whose seconds differ: each group's own targets and seconds (mobile apps
   * 30 s, desktop apps 20 s), so the step does not claim every target rings for the longest.
   */
  groups?: { targets: RoutingTarget[]; seconds: number }[];
  /** The user's apps that ring alongside this step (RingAlwaysGroupAction). */
  alongside?: RoutingTarget[];
  /** True when the step comes from RingCentral's defaults rather than from what is stated. */
  default?: boolean;
}

export interface GreetingStep {
  /** The step of a greeting action part (its `step`: `welcome`, `screening`), which says it in words. */
  kind: string;
  /** `custom 5072424004`, `preset Acoustic`, or for screening `UnknownCallerId, AskToAnswer`. */
  detail: string;
}

/**
 * Where a call ends. `type` names an end part (src/parts/: a destination's `end`, or one of
 * src/parts/ends/), which says it in words: `voicemail`, `forward`, `transfer`, `raw` (a
 * terminating target no named form describes; `target` is its API type)…
 */
export interface EndsAt {
  type: string;
  /** Forward/transfer destination, or the voicemail box of another extension. */
  target?: string;
  targetType?: 'phone' | 'extension';
  /** Voicemail or announcement greeting (`preset 66560`). */
  greeting?: string;
  default?: boolean;
}

/** The routing-relevant part of one rule's dispatching. */
export interface RuleAction {
  /** `ring`: greet, ring, then `ifNoAnswer`; `terminate`: `immediately`. */
  mode: 'ring' | 'terminate';
  order: 'at-once' | 'in-order';
  greetings: GreetingStep[];
  /** Enabled ring groups, in ring order. */
  ring: RingStep[];
  /** Apps that ring alongside every group (an enabled RingAlwaysGroupAction); absent when none. */
  ringAlways?: RoutingTarget[];
  ifNoAnswer: EndsAt;
  immediately: EndsAt;
  /** The whole rule is RingCentral's default: the manifest does not state it. */
  defaulted: boolean;
}

/** A caller condition entry: by number, or (sites) by contact name. */
export interface CallerMatch {
  number?: string;
  name?: string;
}

export type UserStateId = 'work-hours' | 'after-hours' | 'forward-all-calls' | 'dnd' | 'agent';

export interface UserRuleModel {
  name: string;
  enabled: boolean;
  queueCalls: boolean;
  callers: CallerMatch[];
  calledNumbers: string[];
  schedule?: RoutingSchedule;
  state?: 'work-hours' | 'after-hours';
  action: RuleAction;
  /** Where the rule is written (`['customRules', 2]`), for lint findings. */
  origin?: PathSeg[];
}

export interface UserRouting {
  type: 'user';
  /** `101` or `101 (Alex Smith)`. */
  label: string;
  timeZone?: string;
  workHours: RoutingSchedule;
  forwardAll: { enabled: boolean; schedule: RoutingSchedule };
  dnd: { enabled: boolean };
  /** `stated`: the agent state is written (manifest) or exists (live). */
  agent: { enabled: boolean; stated: boolean; schedule: RoutingSchedule | 'same-as-work-hours' };
  rules: Record<UserStateId, RuleAction>;
  customRules: UserRuleModel[];
}

/**
 * Company rules only: the end the company greeting leads to (the EndsAt `type` of the
 * `operator` or `disconnect` end part); absent, the rule transfers (a company rule's Bypass).
 */
export type CompanyEnd = EndsAt['type'];

export interface SiteAction {
  /** Label of the extension calls are transferred to; undefined when not stated. */
  transferTo?: string;
  defaulted: boolean;
  end?: CompanyEnd;
  /** The company greeting played before `end`, when stated (`preset Holiday`); else the live one. */
  greeting?: string;
}

export interface SiteRuleModel {
  name: string;
  enabled: boolean;
  callers: CallerMatch[];
  calledNumbers: string[];
  schedule?: RoutingSchedule;
  scheduleRef?: 'business-hours' | 'after-hours';
  transferTo: string;
  end?: CompanyEnd;
  greeting?: string;
  origin?: PathSeg[];
}

/** A site, or the company's main number (same shape: v1 rules in order, then hours). */
export interface SiteRouting {
  type: 'site' | 'company';
  label: string;
  timeZone?: string;
  businessHours: RoutingSchedule;
  rules: { 'business-hours': SiteAction; 'after-hours': SiteAction };
  customRules: SiteRuleModel[];
}

/**
 * What one key of an IVR menu does, in the model's terms: `transfer` to an extension (Connect),
 * `voicemail` of one, `forward` to a phone number (Transfer), the menu words (`repeat`,
 * `previous-menu`, `top-menu`, `dial-by-name`, `operator`, `disconnect`), or `raw` (any other
 * action of the API, named by `target`).
 */
export interface IvrKeyModel {
  action:
    'transfer' | 'voicemail' | 'forward' | 'repeat' | 'previous-menu' | 'top-menu' | 'dial-by-name' | 'operator' | 'disconnect' | 'raw';
  /** The extension's label, the phone number, or the raw action. */
  target?: string;
}

/** An IVR menu: what each key does (`keys` absent: the document does not state them). */
export interface IvrRouting {
  type: 'ivr';
  label: string;
  timeZone?: string;
  /** The menu's extension number and name, for hops. */
  extensionNumber: string;
  name?: string;
  keys?: Partial<Record<string, IvrKeyModel>>;
}

/** How a call queue rings its members and lets callers wait (a rule's `queue`). */
export interface QueueRing {
  distribution: 'longest-idle' | 'simultaneous' | 'fixed-order';
  /** The members, in ring order for fixed-order (labels such as `"102"`). */
  members: string[];
  ringEachSeconds?: number;
  maxWaitSeconds?: number;
  maxCallers?: number;
  whenFull?: EndsAt;
  whenMaxWait?: EndsAt;
  /** `wait` / `wait-with-overflow`, or where the call goes (custom rules use the business-hours rule's). */
  whenNoAnswer?: 'wait' | 'wait-with-overflow' | EndsAt;
  /** True when the document leaves this rule's ringing to live values (not stated). */
  defaulted?: boolean;
}

export interface QueueRuleModel {
  name: string;
  enabled: boolean;
  callers: CallerMatch[];
  calledNumbers: string[];
  schedule?: RoutingSchedule;
  scheduleRef?: 'business-hours' | 'after-hours';
  /** Rings the members (AgentQueue) … */
  ring?: QueueRing;
  /** … or sends calls to one destination. */
  end?: EndsAt;
  origin?: PathSeg[];
}

/** A call queue: custom rules in order, then business hours (ring the members) or after hours. */
export interface QueueRouting {
  type: 'queue';
  label: string;
  timeZone?: string;
  businessHours: RoutingSchedule;
  businessRule: QueueRing;
  afterHours: EndsAt;
  customRules: QueueRuleModel[];
}

export type RoutingModel = UserRouting | SiteRouting | IvrRouting | QueueRouting;

/**
 * The routing model of each owner type. `ModelOf` indexes it by every OwnerType, so a type
 * without an entry here does not compile.
 */
export interface OwnerModels {
  user: UserRouting;
  site: SiteRouting;
  company: SiteRouting;
  ivr: IvrRouting;
  queue: QueueRouting;
}
export type ModelOf<T extends OwnerType> = OwnerModels[T];

/** One call to route. `at` is a local date-time `YYYY-MM-DDTHH:MM[:SS]`. */
export interface RoutingCall {
  from: string;
  /** The caller's contact name: site rules can match callers by name. */
  callerName?: string;
  /** The number dialled; rules with called numbers do not match when it is unknown. */
  to?: string;
  at: string;
  queue?: boolean;
  /** The keys the caller presses in the IVR menus along the way, in order (`--press 2,1`). */
  press?: string[];
}

export interface HandledBy {
  kind: 'state' | 'custom-rule' | 'site-rule' | 'company-rule' | 'ivr-key' | 'queue-rule';
  name: string;
  /** RingCentral's priority of a user custom rule (4-10). */
  priority?: number;
  /** The rule is not stated, so RingCentral's default applies. */
  default?: boolean;
}

export interface RoutingOutcome {
  handledBy: HandledBy;
  /** A call queue: the members it rings, in ring order, and how (absent for other owners). */
  queue?: {
    distribution: QueueRing['distribution'];
    members: string[];
    maxWaitSeconds?: number;
    maxCallers?: number;
    /** Where a call goes when `maxCallers` already wait, when the wait expires, when no one answers. */
    whenFull?: EndsAt;
    whenMaxWait?: EndsAt;
    whenNoAnswer?: QueueRing['whenNoAnswer'];
  };
  greetings: GreetingStep[];
  ring: RingStep[];
  ringOrder: 'at-once' | 'in-order';
  endsAt: EndsAt;
  notes: string[];
}
