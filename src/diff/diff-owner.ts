import type { PathSeg } from '../core/path.js';
import type { LiveObjectRef } from '../core/fingerprint.js';
import { ownerWords } from '../core/owner-words.js';
import type { DraftChange } from '../core/draft-change.js';
import type { ChangeAction, ChangeTarget, PlanWarning, UnmanagedObject } from '../core/plan.js';
import type { CompileContext, Owner } from '../kinds/context.js';
import { isCopy, primaryLive, type DesiredObject, type LiveObject, type ResourceKind } from '../kinds/resource-kind.js';
import { fieldDiff, jsonPatch } from './field-diff.js';
import { reviewView } from './review-view.js';

export interface OwnerDiff {
  changes: DraftChange[];
  unmanaged: UnmanagedObject[];
  /** One per unmanaged object, at the document that could manage it. */
  warnings: PlanWarning[];
  /** The live objects compared, for a saved plan's fingerprints. */
  liveObjects: LiveObjectRef[];
}

/** An IVR menu that does not exist yet has no id: its extension number tells it apart. */
export const ownerKey = (owner: Owner) => `${owner.type}:${owner.extensionId || `#${owner.extensionNumber}`}`;

/** Where a saved plan finds the owner's live objects again (`type:extensionId`, as it reads them). */
const livePath = (owner: Owner, kind: ResourceKind) => `${owner.type}:${owner.extensionId}/${kind.kind}`;

/** cli.md: the target of a company change has no extension (the company is the account). */
function target(owner: Owner, name: string): ChangeTarget {
  if (ownerWords[owner.type].account) return { name, owner: owner.type, ownerName: owner.name };
  return { extension: owner.extensionNumber, extensionId: owner.extensionId, name, owner: owner.type, ownerName: owner.name };
}

/**
 * Compares what one document wants with what is live, kind by kind, for one owner. Pure: the
 * live snapshot was read before, and nothing is written here.
 */
export function diffOwner(ctx: CompileContext, kinds: readonly ResourceKind[], prune: boolean): OwnerDiff {
  const out: OwnerDiff = { changes: [], unmanaged: [], warnings: [], liveObjects: [] };
  const warn = (path: readonly PathSeg[], message: string) => {
    const { file, line, col } = ctx.doc.locate(path);
    out.warnings.push({ file, line, column: col, message });
  };
  const kindCtx = { ...ctx, warn };
  for (const kind of kinds) {
    const live = kind.live(ctx.live);
    const desired = kind.desired(kindCtx, live);
    diffDesired(ctx, kind, live, desired, out);
    if (kind.collection) diffUnlisted(ctx, kind, live, desired, prune, out);
    for (const [select, value] of kind.reads?.(ctx.live) ?? []) {
      out.liveObjects.push({ path: livePath(ctx.owner, kind), select, live: value });
    }
  }
  return out;
}

/** Creates and updates: what the document states, against its live counterpart. */
function diffDesired(
  ctx: CompileContext,
  kind: ResourceKind,
  live: Map<string, LiveObject>,
  desired: Map<string, DesiredObject>,
  out: OwnerDiff,
): void {
  const key = ownerKey(ctx.owner);
  for (const [name, want] of desired) {
    // A renamed rule is compared with (and written to) the live rule of its former name.
    const liveKey = want.liveKey ?? name;
    // Copies of a name held twice never match a manifest rule by key (not even one named `name (id)`).
    const have = want.liveKey !== undefined ? live.get(liveKey) : primaryLive(live).get(liveKey);
    out.liveObjects.push({ path: livePath(ctx.owner, kind), select: liveKey, live: have?.comparable });
    const before = want.liveView ?? have?.comparable;
    const patch = jsonPatch(before, want.comparable);
    if (before !== undefined && patch.length === 0) continue;
    const action: ChangeAction = have || !kind.collection ? 'update' : 'create';
    const unmatched = action === 'create' ? unmatchedFormerNames(ctx, want, live) : [];
    if (unmatched.length > 0) out.warnings.push(unmatchedRenameWarning(ctx, kind, name, want, unmatched, live));
    const why = have && action === 'update' ? kind.replaceInstead?.(have.comparable, want.comparable) : undefined;
    if (have && why) {
      replace(ctx, kind, name, have, want, out);
      const { file, line, col } = ctx.doc.locate(want.origin);
      out.warnings.push({
        file,
        line,
        column: col,
        message: `${kind.label(name)}: ${why}, so the plan replaces it: it is deleted, then created again as written (and is then listed after the other rules)`,
      });
      continue;
    }
    out.changes.push({
      key: `${key}|${kind.kind}:${name}`,
      ownerKey: key,
      action,
      kind: kind.kind,
      name,
      target: {
        ...target(ctx.owner, name),
        ...(want.liveKey !== undefined && have && { renamedFrom: want.liveKey }),
        ...(unmatched.length > 0 && { unmatchedRenamedFrom: unmatched }),
      },
      request: kind.request(action, ctx.owner, name, want.comparable, have),
      patch,
      diff: fieldDiff(reviewView(before), reviewView(want.comparable)),
      after: want.after ?? [],
      origin: ctx.doc.locate(want.origin),
    });
  }
}

/** A change that cannot be made in place: the live object deleted, then the wanted one created. */
function replace(ctx: CompileContext, kind: ResourceKind, name: string, have: LiveObject, want: DesiredObject, out: OwnerDiff): void {
  const key = ownerKey(ctx.owner);
  const origin = ctx.doc.locate(want.origin);
  const old = want.liveKey ?? name;
  out.changes.push({
    key: `${key}|${kind.kind}:${name}#replaced`,
    ownerKey: key,
    action: 'delete',
    kind: kind.kind,
    name: old,
    target: target(ctx.owner, old),
    request: kind.request('delete', ctx.owner, old, undefined, have),
    patch: jsonPatch(have.comparable, {}),
    diff: fieldDiff(reviewView(have.comparable), undefined),
    after: [],
    origin,
  });
  out.changes.push({
    key: `${key}|${kind.kind}:${name}`,
    ownerKey: key,
    action: 'create',
    kind: kind.kind,
    name,
    target: target(ctx.owner, name),
    request: kind.request('create', ctx.owner, name, want.comparable),
    patch: jsonPatch(undefined, want.comparable),
    diff: fieldDiff(undefined, reviewView(want.comparable)),
    // Created once the old object is gone, so a name is never held twice.
    after: [...(want.after ?? []), `${kind.kind}:${name}#replaced`],
    origin,
  });
}

/** Live members of a collection the document does not list: deleted with prune, else reported. */
function diffUnlisted(
  ctx: CompileContext,
  kind: ResourceKind,
  live: Map<string, LiveObject>,
  desired: Map<string, DesiredObject>,
  prune: boolean,
  out: OwnerDiff,
): void {
  const key = ownerKey(ctx.owner);
  // The live objects the document manages: renamed ones by their former key, the others by name
  // (a copy keyed `name (id)` is never claimed by a rule written with that text as its name).
  const claimed = new Set<string>();
  for (const [name, want] of desired) {
    if (want.liveKey !== undefined) claimed.add(want.liveKey);
    else if (!isCopy(name, live.get(name))) claimed.add(name);
  }
  for (const [name, have] of live) {
    if (claimed.has(name)) continue;
    out.liveObjects.push({ path: livePath(ctx.owner, kind), select: name, live: have.comparable });
    if (!prune) {
      out.unmanaged.push({ kind: kind.kind, target: target(ctx.owner, name), id: have.id ?? name });
      out.warnings.push(unmanagedWarning(ctx, kind, name, have.id ?? name));
      continue;
    }
    out.changes.push({
      key: `${key}|${kind.kind}:${name}${isCopy(name, have) ? '#copy' : ''}`,
      ownerKey: key,
      action: 'delete',
      kind: kind.kind,
      name,
      target: target(ctx.owner, name),
      request: kind.request('delete', ctx.owner, name, undefined, have),
      patch: jsonPatch(have.comparable, {}),
      diff: fieldDiff(reviewView(have.comparable), undefined),
      after: [],
    });
  }
}

const liveName = (key: string, o: LiveObject) => o.name ?? key;

/**
 * The `renamedFrom` names of a rule the plan creates that no live rule holds: the document said
 * the rule exists under another name, and nothing has it (a typo, or a rule deleted since).
 * Read from the rule as its document writes it, whatever the kind.
 */
function unmatchedFormerNames(ctx: CompileContext, want: DesiredObject, live: Map<string, LiveObject>): string[] {
  let written: unknown = ctx.doc.data;
  for (const seg of want.origin) written = (written as Record<string | number, unknown> | undefined)?.[seg];
  const former = (written as { renamedFrom?: unknown } | undefined)?.renamedFrom;
  const names = (Array.isArray(former) ? former : [former]).filter((n): n is string => typeof n === 'string');
  const held = new Set([...live].map(([key, o]) => liveName(key, o)));
  return names.filter((n) => !held.has(n));
}

/** `user 101 (Alex Smith): custom rule "Lunch hour": renamedFrom "Lunch brake" matches no live rule; …`, at the `renamedFrom`. */
function unmatchedRenameWarning(
  ctx: CompileContext,
  kind: ResourceKind,
  name: string,
  want: DesiredObject,
  unmatched: string[],
  live: Map<string, LiveObject>,
): PlanWarning {
  const { file, line, col } = ctx.doc.locate([...want.origin, 'renamedFrom']);
  const names = unmatched.map((n) => JSON.stringify(n)).join(', ');
  const held = [...new Set([...live].map(([key, o]) => liveName(key, o)))].map((n) => JSON.stringify(n));
  const liveList = held.length > 0 ? `live: ${held.join(', ')}` : 'no custom rule is live';
  const message =
    `${ownerLabel(ctx.owner)}: ${kind.label(name)}: renamedFrom ${names} matches no live rule, so the plan creates "${name}" as a ` +
    `new rule and renames nothing (${liveList}); correct the former name to rename in place`;
  return { file, line, column: col, message };
}

const ownerLabel = (owner: Owner) => `${ownerWords[owner.type].named(owner.extensionNumber)}${owner.name ? ` (${owner.name})` : ''}`;

/** `user 101 (Alex Smith): custom rule "Old" (id 42) is unmanaged: …`, at the document's `customRules` or owner. */
function unmanagedWarning(ctx: CompileContext, kind: ResourceKind, name: string, id: string): PlanWarning {
  // Where the rule would be listed; without a `customRules` list, where the owner is named.
  const data = ctx.doc.data as unknown as Record<string, unknown>;
  const at = ['customRules', 'extension', 'extensions', 'site'].find((key) => key in data);
  const { file, line, col } = ctx.doc.locate(at ? [at] : []);
  const message = `${ownerLabel(ctx.owner)}: ${kind.label(name)} (id ${id}) is unmanaged: it is live but not in this document, and is kept (set prune: true to delete it)`;
  return { file, line, column: col, message };
}
