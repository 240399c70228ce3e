import type { ManifestDocument } from '../core/document.js';
import { parseCallTime } from '../core/local-time.js';
import type { ExtRef, IvrMenuManifest } from '../core/manifest.js';
import type { OwnerType } from '../core/plan.js';
import type { HandledBy, RoutingCall, RoutingModel, RoutingOutcome } from '../core/routing.js';
import { sameLabel } from './ext-ref-label.js';
import { findOwnerDocument } from './find-owner-document.js';
import { modelFromManifest, routingOf } from './owner-routing.js';

/**
 * One hop of a call's path (cli.md "Call paths across hops"): who handled it there, and for an
 * IVR menu the key pressed. `id` is the extension id when known: live (`simulate --live`), or
 * offline when the document names the extension by `{id: …}`; otherwise null, since manifests
 * name extensions by number, name or email and only the account's extension list maps them to ids.
 */
export interface Hop {
  kind: OwnerType;
  id: string | null;
  extensionNumber: string;
  name: string;
  handledBy: HandledBy;
  key?: string;
}

/** Who a hop is, before it handles the call. */
export type HopIdentity = Omit<Hop, 'handledBy' | 'key'>;

/** Where a path starts: the first owner's model, and how its document names it (for the hop's identity). */
export interface PathStart {
  model: RoutingModel;
  /** The reference as the document writes it (`{id: …}` gives the hop its id offline). */
  ref?: ExtRef;
  /** What is known of the first owner beyond its document (live: its id, number and name). */
  identity?: Partial<Omit<HopIdentity, 'kind'>>;
}

export interface CallPath {
  hops: Hop[];
  /** The last hop's outcome: where the call ends. */
  outcome: RoutingOutcome;
  /** A loop, or a hop no document describes. */
  findings: string[];
  /**
   * Offline: why the path ends at a transfer the documents cannot follow (no document manages
   * that extension as they write it); also among the outcome's notes.
   */
  unfollowed?: string;
}

/** At most this many hops: a path longer than this loops (also caught earlier by state). */
const MAX_HOPS = 50;

/**
 * Follows a call from its first owner through every hop the documents describe: a transfer to an
 * extension another document manages (an IVR menu by its number or name, a call queue, a user, a
 * site) continues there when nothing rang at this hop; an IVR menu takes the caller's next key
 * (none left: `noInput`), `repeat` plays the same menu again, `previous-menu` and `top-menu` go
 * back along the path. A hop that rings someone (a call queue's members, a user's phones) is
 * where the call is answered: where an unanswered call goes on to is its `endsAt` and notes. A
 * transfer to an extension no document manages ends the path there, with a note saying so
 * (`unfollowed`). An owner reached again with
 * the same keys left is a loop: the path ends with a finding.
 */
export function followCall(documents: ManifestDocument[], start: PathStart | RoutingModel, call: RoutingCall): CallPath {
  const walk = walkCall(start, call);
  let step = walk.next();
  let unknown: string | undefined;
  while (!step.done) {
    const next = stopOf(documents, step.value);
    unknown = next ? undefined : step.value;
    step = walk.next(next);
  }
  const path = step.value;
  if (unknown === undefined) return path;
  // Said, not silent: the call may well go on in the account (cli.md "Call paths across hops").
  const note = unfollowedNote(unknown);
  return { ...path, outcome: { ...path.outcome, notes: [...path.outcome.notes, note] }, unfollowed: note };
}

/**
 * Why an offline path ends at a transfer: no document manages the extension as the transfer
 * writes it. Without the account's extension list, a number cannot be matched to a document
 * that names its extension by name or id (a queue written `{name: "Support Queue"}` may be 1200).
 */
export function unfollowedNote(label: string): string {
  const what = /^\d+$/.test(label)
    ? `extension ${label} is not known offline as any document's number`
    : `extension "${label}" is not known offline as any document's extension`;
  return `${what}: the call is followed no further; run with --live to follow it through the account`;
}

/**
 * The same path with each next owner looked up by `lookup` (say, read live: `simulate --live`
 * follows the call through the account's own configuration, hop by hop).
 */
export async function followCallWith(
  start: PathStart | RoutingModel,
  call: RoutingCall,
  lookup: (label: string) => Promise<PathStart | undefined>,
): Promise<CallPath> {
  const walk = walkCall(start, call);
  let step = walk.next();
  while (!step.done) step = walk.next(await lookup(step.value));
  return step.value;
}

/** The path, asking (yielding) for the owner a transfer leads to by its label, and told what describes it. */
function* walkCall(start: PathStart | RoutingModel, call: RoutingCall): Generator<string, CallPath, PathStart | undefined> {
  const m = parseCallTime(call.at);
  if (!m.ok) throw new Error(`unvalidated call time: ${m.error}`);
  const hops: Hop[] = [];
  const menus: PathStart[] = [];
  const seen = new Set<string>();
  const findings: string[] = [];
  let keys = [...(call.press ?? [])];
  let stop: PathStart = 'model' in start ? start : { model: start };
  let outcome: RoutingOutcome;
  for (;;) {
    const model = stop.model;
    const state = `${model.type}:${model.label}:${keys.join(',')}`;
    const looped = seen.has(state) || hops.length >= MAX_HOPS;
    seen.add(state);
    outcome = routingOf(model).route(model as never, { ...call, press: keys }, m.value);
    const hop: Hop = { ...identity(stop), handledBy: outcome.handledBy };
    if (model.type === 'ivr') {
      hop.key = keys[0] ?? 'noInput';
      keys = keys.slice(1);
      menus.push(stop);
    }
    hops.push(hop);
    if (looped) {
      findings.push(`the call loops: ${model.label} is reached again with ${keys.length ? `keys ${keys.join(',')}` : 'no key'} left`);
      break;
    }
    const end = outcome.endsAt;
    let next: PathStart | undefined;
    if (end.type === 'menu' && model.type === 'ivr') {
      // repeat (or a key that does nothing): this menu again; previous-menu and top-menu go back along the path.
      if (end.target === 'previous-menu') next = menus.length > 1 ? menus[menus.length - 2] : stop;
      else if (end.target === 'top-menu') next = menus[0];
      else next = stop;
    } else if (outcome.ring.length === 0 && end.type === 'transfer' && end.target !== undefined) {
      // Someone rang here: the call is answered at this hop (an unanswered one's fate is its endsAt).
      next = yield end.target;
    }
    if (!next) break;
    stop = next;
  }
  return { hops, outcome, findings };
}

/** The hop's identity from its model and the reference its document writes. */
function identity(stop: PathStart): HopIdentity {
  const { model, ref } = stop;
  let base: HopIdentity;
  if (model.type === 'ivr') base = { kind: 'ivr', id: null, extensionNumber: model.extensionNumber, name: model.name ?? '' };
  else if (model.type === 'company') base = { kind: 'company', id: null, extensionNumber: '', name: model.label };
  else if (ref !== undefined && typeof ref === 'object' && 'id' in ref)
    base = { kind: model.type, id: String(ref.id), extensionNumber: '', name: '' };
  else {
    const number = /^\d+$/.test(model.label) ? model.label : '';
    base = { kind: model.type, id: null, extensionNumber: number, name: number ? '' : model.label };
  }
  return { ...base, ...stop.identity };
}

/** The document that describes an extension by its label: an IVR menu (number or name), a call queue, a user or a site. */
function stopOf(documents: ManifestDocument[], label: string): PathStart | undefined {
  for (const doc of documents) {
    if (doc.data.kind !== 'IvrMenu') continue;
    const menu = doc.data as IvrMenuManifest;
    if (sameLabel(String(menu.extension), label) || (menu.name !== undefined && sameLabel(menu.name, label))) {
      return { model: modelFromManifest(menu, String(menu.extension)), ref: String(menu.extension) };
    }
  }
  for (const kind of ['CallQueue', 'User', 'Site'] as const) {
    const found = findOwnerDocument(documents, kind, label);
    if (found) return { model: found.model, ref: found.ref };
  }
  return undefined;
}
