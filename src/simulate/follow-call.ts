import type { ManifestDocument } from '../core/document.js';
import { parseCallTime } from '../core/local-time.js';
import type { IvrMenuManifest } from '../core/manifest.js';
import type { OwnerType } from '../core/plan.js';
import type { HandledBy, IvrRouting, RoutingCall, RoutingModel, RoutingOutcome } from '../core/routing.js';
import { sameLabel } from './ext-ref-label.js';
import { findOwnerDocument } from './find-owner-document.js';
import { modelFromManifest, routingOf } from './owner-routing.js';

/**
 * One hop of a call's path (cli.md "Call paths across hops"): who handled it there, and for an
 * IVR menu the key pressed. `id` is the extension id when known (live), else null.
 */
export interface Hop {
  kind: OwnerType;
  id: string | null;
  extensionNumber: string;
  name: string;
  handledBy: HandledBy;
  key?: string;
}

export interface CallPath {
  hops: Hop[];
  /** The last hop's outcome: where the call ends. */
  outcome: RoutingOutcome;
  /** A loop, or a hop no document describes. */
  findings: string[];
}

/** At most this many hops: a path longer than this loops (also caught earlier by state). */
const MAX_HOPS = 50;

/**
 * Follows a call from its first owner through every hop the documents describe: a transfer to an
 * extension another document manages (an IVR menu by its number or name, a user, a site)
 * continues there; an IVR menu takes the caller's next key (none left: `noInput`), `repeat`
 * plays the same menu again, `previous-menu` and `top-menu` go back along the path. A transfer
 * to an extension no document manages ends the path there, as one hop does today. A menu
 * reached again with the same keys left is a loop: the path ends with a finding.
 */
export function followCall(documents: ManifestDocument[], first: RoutingModel, call: RoutingCall): CallPath {
  const m = parseCallTime(call.at);
  if (!m.ok) throw new Error(`unvalidated call time: ${m.error}`);
  const hops: Hop[] = [];
  const menus: IvrRouting[] = [];
  const seen = new Set<string>();
  const findings: string[] = [];
  let keys = [...(call.press ?? [])];
  let model = first;
  let outcome: RoutingOutcome;
  for (;;) {
    const state = `${model.type}:${model.label}:${keys.join(',')}`;
    const looped = seen.has(state) || hops.length >= MAX_HOPS;
    seen.add(state);
    outcome = routingOf(model).route(model as never, { ...call, press: keys }, m.value);
    const hop: Hop = { ...identity(model), handledBy: outcome.handledBy };
    if (model.type === 'ivr') {
      hop.key = keys[0] ?? 'noInput';
      keys = keys.slice(1);
      menus.push(model);
    }
    hops.push(hop);
    if (looped) {
      findings.push(`the call loops: ${model.label} is reached again with ${keys.length ? `keys ${keys.join(',')}` : 'no key'} left`);
      break;
    }
    const next = nextModel(documents, outcome, model, menus);
    if (!next) break;
    model = next;
  }
  return { hops, outcome, findings };
}

function identity(model: RoutingModel): Omit<Hop, 'handledBy'> {
  if (model.type === 'ivr') return { kind: 'ivr', id: null, extensionNumber: model.extensionNumber, name: model.name ?? model.label };
  if (model.type === 'company') return { kind: 'company', id: null, extensionNumber: '', name: model.label };
  const number = /^\d+$/.test(model.label) ? model.label : '';
  return { kind: model.type, id: null, extensionNumber: number, name: number ? '' : model.label };
}

/** Where the call goes next, when a document describes it. */
function nextModel(
  documents: ManifestDocument[],
  outcome: RoutingOutcome,
  current: RoutingModel,
  menus: IvrRouting[],
): RoutingModel | undefined {
  const end = outcome.endsAt;
  if (end.type === 'menu' && current.type === 'ivr') {
    if (end.target === 'previous-menu') return menus.length > 1 ? menus[menus.length - 2] : current;
    if (end.target === 'top-menu') return menus[0];
    return current;
  }
  if (end.type !== 'transfer' || end.target === undefined) return undefined;
  return modelOf(documents, end.target);
}

/** The document that describes an extension by its label: an IVR menu (number or name), a user or a site. */
function modelOf(documents: ManifestDocument[], label: string): RoutingModel | undefined {
  for (const doc of documents) {
    if (doc.data.kind !== 'IvrMenu') continue;
    const menu = doc.data as IvrMenuManifest;
    if (sameLabel(String(menu.extension), label) || (menu.name !== undefined && sameLabel(menu.name, label))) {
      return modelFromManifest(menu, String(menu.extension));
    }
  }
  for (const kind of ['User', 'Site'] as const) {
    const found = findOwnerDocument(documents, kind, label);
    if (found) return found.model;
  }
  return undefined;
}
