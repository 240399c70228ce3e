import type { ManifestDocument } from '../core/document.js';
import type { IvrKey, IvrMenuManifest } from '../core/manifest.js';
import { KEY_ORDER } from '../kinds/ivr-menu/ivr-actions.js';
import { followCall } from './follow-call.js';
import type { RoutingFinding } from './lint-routing.js';
import { modelFromManifest } from './owner-routing.js';

const UNKNOWN_WAY_BACK = new Set<unknown>(['previous-menu', 'top-menu']);

/** An IVR menu's keys do not depend on the time: any call time will do. */
const AT = '2026-01-05T10:00';

/**
 * IVR menus that loop (cli.md "Call paths across hops"): from each key of each IvrMenu document
 * (and no input, which every menu has), the call is followed across the documents with the same
 * model `simulate` and routing tests use; a path that comes back to this menu with no key left
 * would play menus to a silent caller forever, so validate and plan warn at the key. A menu's
 * `previous-menu` and `top-menu` are left unjudged: the menus before it depend on the caller's way in.
 * A key to a menu no document describes ends the path there, as in `simulate`.
 */
export function lintIvrLoops(documents: ManifestDocument[]): Array<RoutingFinding & { doc: ManifestDocument }> {
  const out: Array<RoutingFinding & { doc: ManifestDocument }> = [];
  for (const doc of documents) {
    if (doc.data.kind !== 'IvrMenu') continue;
    const menu = doc.data as IvrMenuManifest;
    if (menu.keys === undefined) continue;
    const extension = String(menu.extension);
    const model = modelFromManifest(menu, extension);
    const keys = menu.keys;
    for (const key of KEY_ORDER.filter((k) => keys[k] !== undefined)) {
      const path = followCall(documents, model, { from: '', at: AT, press: key === 'noInput' ? [] : [key] });
      const loop = path.findings.find((f) => f.startsWith('the call loops'));
      if (!loop || path.hops[path.hops.length - 1]?.extensionNumber !== extension) continue;
      // The menus before this one are not known here: they depend on the caller's way in.
      if (path.hops.some((h) => h.extensionNumber === extension && UNKNOWN_WAY_BACK.has(keys[h.key as IvrKey]))) continue;
      out.push({ doc, path: ['keys', key], message: `${pressed(key)}: ${loop}` });
    }
  }
  return out;
}

function pressed(key: IvrKey): string {
  return key === 'noInput' ? 'no key pressed' : `press ${key}`;
}
