import { defaultStateDispatching } from '../core/defaults.js';
import type { Change, ChangeKindOf, OwnerType } from '../core/plan.js';
import { triggersAreAlways, v1WeeklyIsAlways } from '../core/schedule.js';
import type { CompanySnapshot, IvrSnapshot, QueueSnapshot, SiteSnapshot, SnapshotOf, UserSnapshot } from '../kinds/context.js';
import type { ApiSchema } from '../core/api/api-types.js';
import type { UserStateId } from '../core/routing.js';

/**
 * The live snapshot of one user or site as it will be once a plan's changes are applied: each
 * change's exact request body laid over the object it targets, plus what RingCentral does by
 * itself (the after-hours state rule or site rule appears when the hours stop being 24/7 and
 * goes away when they become 24/7 again). Pure; lets the plan's routing impact compare live
 * with what apply will leave, rather than with the manifest alone (which leaves unstated
 * sections to live values).
 */

const lastSegment = (path: string) => decodeURIComponent(path.split('/').pop() ?? '');

type StateRule = UserSnapshot['stateRules'][number];
type InteractionRule = UserSnapshot['interactionRules'][number];
type ScheduleCondition = ApiSchema<'CommStateScheduleConditionResource'>;

/**
 * A request body laid over the object it changes. The spec's request and resource shapes name
 * the same fields alike, so the result is read as the resource (what a GET would answer next).
 */
const merged = <R>(live: R, body: unknown): R => ({ ...live, ...(body as Partial<R>) });

function upsertStateRecord(records: StateRule[], id: string): StateRule {
  let record = records.find((r) => String(r?.id ?? r?.state?.id) === id);
  if (!record) {
    // The state rule RingCentral keeps with its defaults, as a GET would list it.
    const dispatching = defaultStateDispatching(id as UserStateId);
    record = { id, state: { id, enabled: true, conditions: [] }, dispatching } as unknown as StateRule;
    records.push(record);
  }
  return record;
}

/** RingCentral keeps the after-hours state only while work hours are not 24/7. */
function syncAfterHours(records: StateRule[]): StateRule[] {
  const work = records.find((r) => (r?.id ?? r?.state?.id) === 'work-hours');
  const condition = work?.state?.conditions?.find((c): c is ScheduleCondition => c?.type === 'Schedule');
  const always = condition ? triggersAreAlways(condition.schedule?.triggers) : true;
  if (always) return records.filter((r) => (r?.id ?? r?.state?.id) !== 'after-hours');
  upsertStateRecord(records, 'after-hours');
  return records;
}

/** A rule of a collection: what the projection reads of it is its id. */
interface Identified {
  id?: string;
}

function applyCollection<R extends Identified>(list: R[], c: Change): R[] {
  if (c.action === 'create') return [...list, merged({ id: `planned-${c.id}` } as R, c.body)];
  const id = lastSegment(c.path);
  if (c.action === 'delete') return list.filter((r) => String(r?.id) !== id);
  return list.map((r) => (String(r?.id) === id ? merged(r, c.body) : r));
}

/** One change laid over the working copy of its owner's objects. */
type Step<W> = (work: W, c: Change) => void;

/** The step of each of an owner type's kinds: a kind without one does not compile. */
type Steps<T extends OwnerType, W> = { readonly [K in ChangeKindOf<T>]: Step<W> };

function stepOf<T extends OwnerType, W>(steps: Steps<T, W>, c: Change): Step<W> {
  const step = (steps as Partial<Record<string, Step<W>>>)[c.kind];
  // A change of another owner type's kind is a caller's mistake, never silently skipped.
  if (!step) throw new Error(`a ${c.kind} change cannot be laid over this owner's snapshot`);
  return step;
}

interface UserWork {
  stateRules: StateRule[];
  interactionRules: InteractionRule[];
}

const userSteps: Steps<'user', UserWork> = {
  'user-state': (w, c) => {
    const record = upsertStateRecord(w.stateRules, lastSegment(c.path));
    record.state = merged(record.state, c.body);
  },
  'user-state-rule': (w, c) => {
    const body = c.body as Partial<StateRule> | undefined;
    upsertStateRecord(w.stateRules, lastSegment(c.path)).dispatching = body?.dispatching as StateRule['dispatching'];
  },
  'user-custom-rule': (w, c) => {
    w.interactionRules = applyCollection(w.interactionRules, c);
  },
};

export function projectUserSnapshot(snapshot: UserSnapshot, changes: Change[]): UserSnapshot {
  const work: UserWork = { stateRules: structuredClone(snapshot.stateRules), interactionRules: structuredClone(snapshot.interactionRules) };
  for (const c of changes) {
    stepOf(userSteps, c)(work, c);
    // Recomputed after every change, as RingCentral does; a later change may then update
    // the after-hours rule it created.
    work.stateRules = syncAfterHours(work.stateRules);
  }
  const { stateRules, interactionRules } = work;
  // Devices do not change with a plan: the same list (or none, when it was not read) names them
  // before and after, so a device never reads as changing between its name and its id.
  return snapshot.devices ? { stateRules, interactionRules, devices: snapshot.devices } : { stateRules, interactionRules };
}

const DEFAULT_RULE_TYPES: Record<string, string> = { 'business-hours-rule': 'BusinessHours', 'after-hours-rule': 'AfterHours' };

function upsertDefaultRule<R extends Identified>(rules: R[], id: string, body: unknown): R[] {
  const found = rules.some((r) => r?.id === id);
  if (found) return rules.map((r) => (r?.id === id ? merged(r, body) : r));
  return [...rules, merged({ id, type: DEFAULT_RULE_TYPES[id], enabled: true } as unknown as R, body)];
}

/** v1 business hours of a site, the company or a queue: the projection reads their weekly ranges. */
interface V1Hours {
  schedule?: { weeklyRanges?: unknown };
}

/** The v1 answering-rule objects of a site or the company: business hours and the rule list. */
interface V1Work<H extends V1Hours = V1Hours, R extends Identified = Identified> {
  businessHours: H;
  answeringRules: R[];
}

/** The three v1 answering-rule kinds (business hours, default rules, custom rules) of an owner type. */
function v1Steps<T extends OwnerType>(kinds: { hours: ChangeKindOf<T>; rule: ChangeKindOf<T>; custom: ChangeKindOf<T> }): Steps<T, V1Work> {
  const steps: Record<string, Step<V1Work>> = {
    [kinds.hours]: (w, c) => {
      w.businessHours = merged(w.businessHours, c.body);
    },
    [kinds.rule]: (w, c) => {
      w.answeringRules = upsertDefaultRule(w.answeringRules, lastSegment(c.path), c.body);
    },
    [kinds.custom]: (w, c) => {
      w.answeringRules = applyCollection(w.answeringRules, c);
    },
  };
  return steps as Steps<T, V1Work>;
}

/**
 * Business hours and rules once the changes are applied, as RingCentral does: the after-hours
 * rule exists only while business hours are not 24/7 (`afterHours` is the one it creates).
 */
function projectV1<T extends OwnerType, H extends V1Hours, R extends Identified>(
  steps: Steps<T, V1Work>,
  afterHours: Partial<R>,
  snapshot: V1Work<H, R>,
  changes: Change[],
): V1Work<H, R> {
  const work: V1Work<H, R> = {
    businessHours: structuredClone(snapshot.businessHours),
    answeringRules: structuredClone(snapshot.answeringRules),
  };
  for (const c of changes) {
    // The steps merge request bodies into these objects, so they keep their spec types.
    stepOf(steps, c)(work as V1Work, c);
    const always = v1WeeklyIsAlways(work.businessHours?.schedule?.weeklyRanges);
    if (always) work.answeringRules = work.answeringRules.filter((r) => r?.id !== 'after-hours-rule');
    else if (!work.answeringRules.some((r) => r?.id === 'after-hours-rule'))
      work.answeringRules = upsertDefaultRule(work.answeringRules, 'after-hours-rule', afterHours);
  }
  return work;
}

const siteSteps = v1Steps<'site'>({ hours: 'site-business-hours', rule: 'site-rule', custom: 'site-custom-rule' });
const companySteps = v1Steps<'company'>({ hours: 'company-business-hours', rule: 'company-rule', custom: 'company-custom-rule' });

/** The company's live state once the plan's company changes are applied (as the emulator and RingCentral do). */
export function projectCompanySnapshot(snapshot: CompanySnapshot, changes: Change[]): CompanySnapshot {
  return { ...snapshot, ...projectV1(companySteps, { callHandlingAction: 'Operator' }, snapshot, changes) };
}

export function projectSiteSnapshot(snapshot: SiteSnapshot, changes: Change[]): SiteSnapshot {
  const { businessHours, answeringRules } = projectV1(siteSteps, {}, snapshot, changes);
  return { businessHours, answeringRules };
}

const ivrSteps: Steps<'ivr', IvrSnapshot> = {
  // A create makes the menu (a planned id stands for the one RingCentral gives it); an update is
  // a partial update: the fields sent replace theirs.
  'ivr-menu': (w, c) => {
    const body = c.body as ApiSchema<'IvrMenuInfo'>;
    if (c.action === 'create') return void (w.menu = { ...body, id: `planned-${c.id}` });
    const language = w.menu?.prompt?.language;
    w.menu = { ...w.menu!, ...body };
    // RingCentral reads a kept language back with its name and locale code.
    const sent = w.menu.prompt?.language;
    if (language && sent && String(sent.id) === String(language.id)) w.menu.prompt = { ...w.menu.prompt, language };
  },
};

export function projectIvrSnapshot(snapshot: IvrSnapshot, changes: Change[]): IvrSnapshot {
  const work: IvrSnapshot = structuredClone(snapshot);
  for (const c of changes) stepOf(ivrSteps, c)(work, c);
  return work;
}

interface QueueWork extends V1Work<QueueSnapshot['businessHours'], QueueSnapshot['answeringRules'][number]> {
  details?: QueueSnapshot['details'];
  /** Members added by the plan keep the id as the request names it (a string; read through String()). */
  members?: (Omit<ApiSchema<'CallQueueMemberInfo'>, 'id'> & { id?: number | string })[];
  overflow?: QueueSnapshot['overflow'];
}

/** A queue's own objects besides its v1 rules: members (bulk-assign), details and overflow (PUT). */
const queueSteps: Steps<'queue', QueueWork> = {
  ...v1Steps<'queue'>({ hours: 'queue-business-hours', rule: 'queue-rule', custom: 'queue-custom-rule' }),
  'queue-members': (w, c) => {
    const body = c.body as { addedExtensionIds?: string[]; removedExtensionIds?: string[] };
    const kept = (w.members ?? []).filter((m) => !(body.removedExtensionIds ?? []).includes(String(m?.id)));
    w.members = [...kept, ...(body.addedExtensionIds ?? []).map((id) => ({ id }))];
  },
  'queue-settings': (w, c) => {
    const body = c.body as Partial<ApiSchema<'CallQueueDetails'>>;
    w.details = { ...w.details, ...body, serviceLevelSettings: { ...w.details?.serviceLevelSettings, ...body.serviceLevelSettings } };
  },
  'queue-overflow': (w, c) => {
    w.overflow = merged(w.overflow ?? {}, c.body);
  },
};

/** A queue once the changes are applied; the after-hours rule RingCentral creates sends calls to the queue's voicemail. */
export function projectQueueSnapshot(snapshot: QueueSnapshot, changes: Change[]): QueueSnapshot {
  const own: QueueWork = { ...structuredClone(snapshot) };
  const v1 = projectV1(queueSteps as Steps<'queue', V1Work>, { callHandlingAction: 'TakeMessagesOnly' }, snapshot, []);
  own.businessHours = v1.businessHours;
  own.answeringRules = v1.answeringRules;
  for (const c of changes) {
    const step = stepOf(queueSteps, c);
    if (c.kind === 'queue-members' || c.kind === 'queue-settings' || c.kind === 'queue-overflow') step(own, c);
    else {
      const next = projectV1(queueSteps as Steps<'queue', V1Work>, { callHandlingAction: 'TakeMessagesOnly' }, own, [c]);
      own.businessHours = next.businessHours;
      own.answeringRules = next.answeringRules;
    }
  }
  return own as QueueSnapshot;
}

/** How each owner type's snapshot is projected: one entry per owner type. */
export const projectors: { readonly [T in OwnerType]: (snapshot: SnapshotOf<T>, changes: Change[]) => SnapshotOf<T> } = {
  user: projectUserSnapshot,
  site: projectSiteSnapshot,
  company: projectCompanySnapshot,
  ivr: projectIvrSnapshot,
  queue: projectQueueSnapshot,
};

/** The snapshot of an owner of type `type` once `changes` (all of that owner) are applied. */
export function projectSnapshot<T extends OwnerType>(type: T, snapshot: SnapshotOf<T>, changes: Change[]): SnapshotOf<T> {
  return projectors[type](snapshot, changes);
}
