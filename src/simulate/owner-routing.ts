import type { LocalMoment } from '../core/local-time.js';
import type { Manifest } from '../core/manifest.js';
import { ownerTypeOfKind } from '../core/owner-words.js';
import type { OwnerType } from '../core/plan.js';
import type {
  QueueRouting,
  ModelOf,
  RoutingCall,
  RoutingModel,
  RoutingOutcome,
  RoutingSchedule,
  SiteRouting,
  UserRouting,
} from '../core/routing.js';
import type { ManifestOf, SnapshotOf } from '../kinds/context.js';
import { devicesNamedIn } from '../parts/ring-targets/device.js';
import type { RoutingFinding } from './lint-routing.js';
import { lintSiteRules } from './lint-site-rules.js';
import { lintUserRules } from './lint-user-rules.js';
import { companyModelFromLive, siteModelFromLive, userModelFromLive, type LiveModelOptions } from './live-to-model.js';
import { companyModelFromManifest, siteModelFromManifest, userModelFromManifest } from './manifest-to-model.js';
import { routeSiteCall } from './route-site-call.js';
import { routeUserCall } from './route-user-call.js';
import { ivrModelFromLive, ivrModelFromManifest, routeIvrCall } from './ivr-model.js';
import { routeQueueCall } from './route-queue-call.js';
import { queueModelFromLive, queueModelFromManifest } from './queue-to-model.js';

/** What the routing model knows of one owner type: how it is built, routes calls and is linted. */
export interface OwnerRouting<T extends OwnerType> {
  fromLive(snapshot: SnapshotOf<T>, opts: LiveModelOptions): ModelOf<T>;
  fromManifest(manifest: ManifestOf<T>, label: string): ModelOf<T>;
  /** Which rule handles the call and where it ends. */
  route(model: ModelOf<T>, call: RoutingCall, m: LocalMoment): RoutingOutcome;
  /** Rules that can never match (or tie), located in the model's document. */
  lintRules(model: ModelOf<T>, ties: boolean): RoutingFinding[];
  /** The hours its `work-hours`/`business-hours` conditions stand for, and their name. */
  hours(model: ModelOf<T>): RoutingSchedule;
  hoursLabel: 'work hours' | 'business hours';
  /** Every schedule of the model (representative calls fall on their edges). */
  schedules(model: ModelOf<T>): RoutingSchedule[];
  /** The schedules that can still take effect (lint of overlapping and ended ranges). */
  lintedSchedules(model: ModelOf<T>): RoutingSchedule[];
  /** Whether a queue call can be routed differently from a plain one. */
  routesQueueCalls(model: ModelOf<T>): boolean;
  /**
   * The snapshot a plan leaves (`after`), with the names live gave what it refers to kept: a
   * written body carries ids only.
   */
  keepLiveNames(before: SnapshotOf<T>, after: SnapshotOf<T>): SnapshotOf<T>;
}

const customSchedules = (m: UserRouting | SiteRouting | QueueRouting, enabledOnly: boolean) =>
  (m.customRules as { enabled: boolean; schedule?: RoutingSchedule }[]).flatMap((r) =>
    r.schedule && (r.enabled || !enabledOnly) ? [r.schedule] : [],
  );

const user: OwnerRouting<'user'> = {
  fromLive: userModelFromLive,
  fromManifest: userModelFromManifest,
  route: routeUserCall,
  lintRules: lintUserRules,
  hours: (m) => m.workHours,
  hoursLabel: 'work hours',
  schedules: (m) => {
    const agent = m.agent.schedule === 'same-as-work-hours' ? [] : [m.agent.schedule];
    return [m.workHours, m.forwardAll.schedule, ...agent, ...customSchedules(m, false)];
  },
  lintedSchedules: (m: UserRouting) => {
    const out = [m.workHours, ...customSchedules(m, true)];
    if (m.forwardAll.enabled) out.push(m.forwardAll.schedule);
    if (m.agent.schedule !== 'same-as-work-hours') out.push(m.agent.schedule);
    return out;
  },
  routesQueueCalls: (m) => m.agent.stated || m.customRules.some((r) => r.queueCalls),
  // The names RingCentral gave the live rules' devices keep naming them once the plan is applied.
  keepLiveNames: (before, after) => {
    const named = devicesNamedIn([...before.stateRules, ...before.interactionRules].map((r) => r?.dispatching));
    return { ...after, devices: [...(before.devices ?? []), ...named] };
  },
};

/** What sites and the company share (they differ in their snapshots and manifests). */
type V1Routing = Omit<OwnerRouting<'site'>, 'fromLive' | 'fromManifest' | 'keepLiveNames'>;

/** Sites and the company route alike (v1 rules in order, then business hours); they differ in the default rules' name. */
const v1Routing = (defaultRules: 'site-rule' | 'company-rule') =>
  ({
    route: (m, call, at) => routeSiteCall(m, call, at, defaultRules),
    lintRules: (m) => lintSiteRules(m),
    hours: (m) => m.businessHours,
    hoursLabel: 'business hours' as const,
    schedules: (m) => [m.businessHours, ...customSchedules(m, false)],
    lintedSchedules: (m) => [m.businessHours, ...customSchedules(m, true)],
    routesQueueCalls: () => false,
  }) satisfies V1Routing as V1Routing;

/** The routing model of each owner type: one entry per owner type (a new type without one does not compile). */
export const ownerRouting: { readonly [T in OwnerType]: OwnerRouting<T> } = {
  user,
  site: { ...v1Routing('site-rule'), fromLive: siteModelFromLive, fromManifest: siteModelFromManifest, keepLiveNames: (_b, a) => a },
  company: {
    ...v1Routing('company-rule'),
    fromLive: companyModelFromLive,
    fromManifest: companyModelFromManifest,
    keepLiveNames: (_b, a) => a,
  },
  // An IVR menu has no schedules of its own: its keys route the call (follow-call.ts follows them).
  ivr: {
    fromLive: ivrModelFromLive,
    fromManifest: ivrModelFromManifest,
    route: (m, call) => routeIvrCall(m, call),
    lintRules: () => [],
    hours: () => ({
      weekly: {
        monday: [{ start: 0, end: 86400 }],
        tuesday: [{ start: 0, end: 86400 }],
        wednesday: [{ start: 0, end: 86400 }],
        thursday: [{ start: 0, end: 86400 }],
        friday: [{ start: 0, end: 86400 }],
        saturday: [{ start: 0, end: 86400 }],
        sunday: [{ start: 0, end: 86400 }],
      },
    }),
    hoursLabel: 'business hours',
    schedules: () => [],
    lintedSchedules: () => [],
    routesQueueCalls: () => false,
    keepLiveNames: (_b, a) => a,
  },
  // A queue: custom rules in order, then business hours (ring the members) or after hours.
  queue: {
    fromLive: queueModelFromLive,
    fromManifest: queueModelFromManifest,
    route: routeQueueCall,
    // Its custom rules are evaluated in order, like a site's; ties cannot arise.
    lintRules: () => [],
    hours: (m) => m.businessHours,
    hoursLabel: 'business hours',
    schedules: (m) => [m.businessHours, ...customSchedules(m, false)],
    lintedSchedules: (m) => [m.businessHours, ...customSchedules(m, true)],
    routesQueueCalls: () => false,
    keepLiveNames: (_b, a) => a,
  },
};

/** The routing entry of a model's owner type, typed for the model at hand. */
export function routingOf(model: RoutingModel): OwnerRouting<OwnerType> {
  return ownerRouting[model.type] as OwnerRouting<OwnerType>;
}

/** The routing model of a manifest, by its owner type. */
export function modelFromManifest(m: Manifest, label: string): RoutingModel {
  return (ownerRouting[ownerTypeOfKind(m.kind)] as OwnerRouting<OwnerType>).fromManifest(m, label);
}
