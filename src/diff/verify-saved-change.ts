import { ownerWords } from '../core/owner-words.js';
import { isDeepStrictEqual } from 'node:util';
import fastJsonPatch, { type Operation } from 'fast-json-patch';
import type { Change, FieldChange, HttpRequest, LiveFingerprint } from '../core/plan.js';
import type { Owner, Snapshot } from '../kinds/context.js';
import { primaryLive, type LiveObject, type ResourceKind } from '../kinds/resource-kind.js';
import { fieldDiff } from './field-diff.js';
import { hiddenField } from './hidden-field.js';
import { reviewView } from './review-view.js';

/** A path the API client may be sent to: relative, no `..`, no query or fragment, no encoding tricks. */
const SAFE_PATH = /^\/restapi\/(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\/)*[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/;

export function isSafeApiPath(path: string): boolean {
  return SAFE_PATH.test(path) && !path.split('/').some((s) => s === '.' || s === '..');
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const plain = (v: unknown): unknown => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));
const same = (a: unknown, b: unknown) => isDeepStrictEqual(plain(a), plain(b));

function ownerOf(change: Change): Owner {
  const t = change.target;
  if (ownerWords[t.owner].account) return { type: t.owner, extensionId: '~', extensionNumber: '', name: String(t.ownerName ?? '') };
  return { type: t.owner, extensionId: String(t.extensionId), extensionNumber: String(t.extension), name: String(t.ownerName ?? '') };
}

/** `live` with `patch` applied; undefined when the patch does not apply (or uses ops the planner never writes). */
function patched(live: unknown, change: Change): unknown {
  if (!change.patch.every((op) => op.op === 'add' || op.op === 'remove' || op.op === 'replace')) return undefined;
  try {
    return fastJsonPatch.applyPatch(structuredClone(live ?? {}) as object, change.patch as Operation[], true, true).newDocument;
  } catch {
    return undefined;
  }
}

const pick = (live: unknown, keys: string[]) =>
  Object.fromEntries(keys.filter((k) => k in (live as object)).map((k) => [k, (live as Record<string, unknown>)[k]]));

function sameDiff(recorded: FieldChange[], derived: FieldChange[]): boolean {
  if (recorded.length !== derived.length) return false;
  const left = derived.map(plain);
  return recorded.every((r) => {
    const i = left.findIndex((d) => isDeepStrictEqual(d, plain(r)));
    return i >= 0 && left.splice(i, 1).length === 1;
  });
}

interface Derived {
  request: HttpRequest;
  /** The object the report compares against; undefined for a create (and unknown for a side-effect object). */
  before?: unknown;
  after?: unknown;
  checkDiff: boolean;
}

/** What the kind itself would send for this change, given the live object and the recorded patch. */
function derive(kind: ResourceKind, change: Change, owner: Owner, live: LiveObject | undefined): Derived | string {
  const name = change.target.name;
  if (change.action === 'delete') {
    if (!live) return `it deletes ${kind.label(name)}, which does not exist`;
    return { request: kind.request('delete', owner, name, undefined, live), before: live.comparable, after: undefined, checkDiff: true };
  }
  if (change.action === 'create') {
    if (!kind.collection) return `${kind.kind} objects are never created`;
    const after = patched(undefined, change);
    if (after === undefined) return 'its patch is not a difference the planner makes';
    // A live object of the name is there only when the kind must replace it with this one (the
    // plan deletes it first).
    if (live && !kind.replaceInstead?.(live.comparable, after)) return `it creates ${kind.label(name)}, which already exists`;
    // The name a plan shows for a new rule is the one its body gives it.
    const given = kind.createdName ? kind.createdName(after) : isRecord(after) ? (after.displayName ?? after.name) : undefined;
    if (typeof given === 'string' && given !== name)
      return `its target names ${kind.label(name)}, but its body creates ${kind.label(given)}`;
    return { request: kind.request('create', owner, name, after), after, checkDiff: true };
  }
  if (!live) {
    // An object RingCentral creates as a side effect of an earlier change: nothing live to derive
    // from, so the body must be what the kind itself sends for it.
    if (kind.collection) return `it updates ${kind.label(name)}, which does not exist`;
    // RingCentral creates it empty (a v1 after-hours rule): the body is the patch from nothing.
    const after = patched(undefined, change);
    if (after !== undefined) return { request: kind.request('update', owner, name, after, undefined), before: {}, after, checkDiff: true };
    // Created with defaults this check cannot know (a user's after-hours rule): every field of
    // the body must at least be one the review shows.
    return { request: kind.request('update', owner, name, change.body, undefined), after: change.body, checkDiff: false };
  }
  const bases = [live.comparable, pick(live.comparable, Object.keys(change.body as object))];
  let first: Derived | undefined;
  for (const before of bases) {
    const after = patched(before, change);
    if (after === undefined) continue;
    const d: Derived = { request: kind.request('update', owner, name, after, live), before, after, checkDiff: true };
    if (same(d.request.body, change.body)) return d;
    first ??= d;
  }
  return first ?? 'its patch does not apply to the live object';
}

/**
 * Checks one change of a saved plan against the live state it will be applied to (already
 * checked unchanged by its fingerprints) and the kind that owns it: the method and path must be
 * the kind's write of the object the target names, the body what the kind sends for the
 * recorded patch, and the recorded field difference the one between live and that body, so
 * what the report shows is what is sent. Returns why it is refused, or undefined.
 */
export function savedChangeRefusal(
  change: Change,
  kind: ResourceKind,
  snapshot: Snapshot | undefined,
  fingerprints: LiveFingerprint[],
): string | undefined {
  const owner = ownerOf(change);
  if (!isSafeApiPath(change.path))
    return `its path ${JSON.stringify(change.path)} is not a relative RingCentral API path on the configured server`;
  if (!snapshot) return `the live state of ${owner.type} ${owner.extensionId} could not be read`;
  // A rename writes the live rule of its former name; a copy keyed `name (id)` is only ever deleted.
  const liveName = change.target.renamedFrom ?? change.target.name;
  const fpPath = `${owner.type}:${owner.extensionId}/${kind.kind}`;
  if (!fingerprints.some((f) => f.path === fpPath && f.select === liveName)) {
    return `it carries no fingerprint of the object it writes (${fpPath} ${JSON.stringify(liveName)})`;
  }
  const all = kind.live(snapshot);
  const live = (change.action === 'delete' || change.target.renamedFrom !== undefined ? all : primaryLive(all)).get(liveName);
  const derived = derive(kind, change, owner, live);
  if (typeof derived === 'string') return derived;
  const want = derived.request;
  if (want.method !== change.method || want.path !== change.path) {
    return `${change.method} ${change.path} is not the ${change.action} of ${kind.label(change.target.name)} of ${owner.type} ${owner.extensionId} (that is ${want.method} ${want.path})`;
  }
  if (!same(want.body, change.body)) return 'its body is not what its recorded patch describes (the body or the patch was edited)';
  if (derived.checkDiff && !sameDiff(change.diff, fieldDiff(reviewView(derived.before), reviewView(derived.after)))) {
    return 'its recorded field difference is not the difference between live and its body (the plan was edited)';
  }
  const hidden = hiddenField(derived.before, derived.after);
  if (hidden) return `its body sets ${hidden}, a field its field difference does not show (the body and patch were edited)`;
  return undefined;
}
