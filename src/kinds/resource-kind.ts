import type { PathSeg } from '../core/path.js';
import type { ChangeKind, HttpRequest, OwnerType } from '../core/plan.js';
import type { CompileContext, ManifestOf, Owner, Snapshot } from './context.js';

/** Where a manifest writes one kind's objects (ResourceKind.place). */
export type ManifestPlace = 'states' | 'rules' | 'businessHours' | 'customRules' | 'document' | 'members' | 'settings' | 'overflow';

/** A live object of one kind, in the comparable (normalized, request-shaped) form. */
export interface LiveObject {
  /** RingCentral's id (rule id, state id); absent for singletons such as business hours. */
  id?: string;
  /**
   * Collections: the rule's name as RingCentral holds it, when the map key differs from it (a
   * second rule of the same name is keyed `name (id)`).
   */
  name?: string;
  comparable: unknown;
}

/** Numeric ids in age order (RingCentral's ids grow): `9` before `10`. */
export const byId = (a: { id?: string }, b: { id?: string }): number => {
  const x = String(a.id ?? '');
  const y = String(b.id ?? '');
  return x.length - y.length || (x < y ? -1 : x > y ? 1 : 0);
};

/**
 * A second (third…) live rule holding a name an older rule holds, listed under `name (id)` for
 * people: it never matches a manifest rule by its key, even one written with that text as name.
 */
export const isCopy = (key: string, o: LiveObject | undefined): boolean => o?.name !== undefined && o.name !== key;

/** The live objects a manifest can name by key: everything but copies. */
export function primaryLive(live: Map<string, LiveObject>): Map<string, LiveObject> {
  return new Map([...live].filter(([key, o]) => !isCopy(key, o)));
}

/** Every live object that holds `name` (the oldest first). */
export function liveWithName(live: Map<string, LiveObject>, name: string): LiveObject[] {
  return [...live]
    .filter(([key, o]) => (o.name ?? key) === name)
    .map(([, o]) => o)
    .sort(byId);
}

/**
 * Keys live rules by name; when several hold one, the oldest (lowest id) is the managed one and
 * the others are copies under `name (id)` (a key no other rule holds).
 */
export function keyByName<T extends { id?: unknown }>(
  records: T[],
  nameOf: (r: T) => string,
  comparable: (r: T) => unknown,
): Map<string, LiveObject> {
  const sorted = [...records].sort((a, b) => byId({ id: String(a.id) }, { id: String(b.id) }));
  const out = new Map<string, LiveObject>();
  const copies: T[] = [];
  for (const r of sorted) {
    const name = nameOf(r);
    if (out.has(name)) copies.push(r);
    else out.set(name, { id: String(r.id), comparable: comparable(r) });
  }
  for (const r of copies) {
    let key = `${nameOf(r)} (${r.id})`;
    while (out.has(key)) key += ` (${r.id})`;
    out.set(key, { id: String(r.id), name: nameOf(r), comparable: comparable(r) });
  }
  return out;
}

/** What a document wants for one object, in the same comparable form as LiveObject. */
export interface DesiredObject {
  comparable: unknown;
  /** Where the document states it (for plan errors and the plan's origin). */
  origin: PathSeg[];
  /**
   * Objects of the same owner (`kind:name`) that must be written first when they change,
   * e.g. the after-hours rule waits for the work-hours schedule that makes it exist.
   */
  after?: string[];
  /**
   * The live side to diff against when it is not simply the live object: its projection onto
   * the fields the manifest manages, or, for an object that does not exist yet but that
   * RingCentral creates as a side effect of an earlier change (after-hours appearing when
   * work-hours stops being 24/7), the object as it will be when this change runs.
   */
  liveView?: unknown;
  /**
   * Collections: the key of the live object this one manages when it is not the object's own
   * name (a rule renamed in place, from `renamedFrom`).
   */
  liveKey?: string;
}

/**
 * How one kind of RingCentral object is read, normalized, compared and written.
 *
 * Contract:
 * - `live` and `desired` are pure and return objects keyed by the same name (state id, rule
 *   name, `business-hours`), in one comparable form: the request body shape with read-only and
 *   server-added fields dropped and defaults/time formats made canonical, so that equal
 *   configurations are deep-equal and the RFC 6902 patch between them is the real change.
 * - `desired` may read `ctx.live` to fill what the manifest leaves out (sections it does not
 *   state keep their live value) and reports unresolvable references through `ctx.report`.
 * - Fixed-set kinds (`collection: false`: states, state rules, business hours, default site
 *   rules) are only ever updated; collections (custom rules) are created, updated and deleted,
 *   and live members a document does not list are deleted only with `prune: true`.
 * - `request` turns a change into the one HTTP call that performs it; the body is built from
 *   the desired comparable form, so what the plan shows is exactly what is sent.
 */
export interface ResourceKind<S = Snapshot> {
  readonly kind: ChangeKind;
  readonly owner: OwnerType;
  readonly collection: boolean;
  /**
   * Where a manifest writes the kind's objects: `states.<name>`, `rules.<name>`, `businessHours`,
   * or an entry of `customRules` (plans locate a change's fields there).
   */
  readonly place: ManifestPlace;
  /**
   * The key a created object's body gives it, when that is not its `displayName` or `name` (an
   * IVR menu's `name` is a field; the menu is the owner's one object).
   */
  createdName?(body: unknown): string | undefined;
  /** Its objects are tried in the order RingCentral lists them (a new one last): created in document order. */
  readonly triedInOrder?: boolean;
  /**
   * The writes the API offers for the kind when it is not the usual set (collections: create,
   * update and delete; fixed sets: update): an IVR menu is created and updated, never deleted.
   * What asks a kind for every request it can make (the app permissions a document needs) asks
   * only for these.
   */
  readonly actions?: readonly ('create' | 'update' | 'delete')[];
  /** Human label of an object for plans, e.g. `state rule work-hours`. */
  label(name: string): string;
  live(snapshot: S): Map<string, LiveObject>;
  desired(ctx: CompileContext<ManifestOf<OwnerType>, S>, live: Map<string, LiveObject>): Map<string, DesiredObject>;
  request(action: 'create' | 'update' | 'delete', owner: Owner, name: string, desired: unknown, live?: LiveObject): HttpRequest;
  /**
   * Other live objects the kind's plan relies on without comparing them (the account's phone
   * numbers, business hours that decide whether after hours exist): a saved plan fingerprints
   * them too. Keys start with `@` (`@phone-numbers`); a saved plan looks a `@` key up here
   * before the live map.
   */
  reads?(snapshot: S): Map<string, unknown>;
  /**
   * Why an update from `live` to `desired` (comparable forms) cannot be made in place, or
   * undefined when it can. RingCentral's v1 PUT is partial (it keeps what a body leaves out), so
   * a field the document removes may have no way to be cleared: the plan then deletes the object
   * and creates it again, and says so before any write.
   */
  replaceInstead?(live: unknown, desired: unknown): string | undefined;
}
