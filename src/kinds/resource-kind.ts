import type { PathSeg } from '../core/path.js';
import type { ChangeKind, HttpRequest, OwnerType } from '../core/plan.js';
import type { CompileContext, Owner } from './context.js';

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
export interface ResourceKind<S = any> {
  readonly kind: ChangeKind;
  readonly owner: OwnerType;
  readonly collection: boolean;
  /** Human label of an object for plans, e.g. `state rule work-hours`. */
  label(name: string): string;
  live(snapshot: S): Map<string, LiveObject>;
  desired(ctx: CompileContext<any, S>, live: Map<string, LiveObject>): Map<string, DesiredObject>;
  request(action: 'create' | 'update' | 'delete', owner: Owner, name: string, desired: unknown, live?: LiveObject): HttpRequest;
  /**
   * Other live objects the kind's plan relies on without comparing them (the account's phone
   * numbers, business hours that decide whether after hours exist): a saved plan fingerprints
   * them too. Keys start with `@` (`@phone-numbers`); a saved plan looks a `@` key up here
   * before the live map.
   */
  reads?(snapshot: S): Map<string, unknown>;
}
