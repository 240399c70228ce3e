import type { IvrKey, IvrMenuManifest } from '../core/manifest.js';
import { formatPath } from '../core/path.js';
import type { Problem } from '../core/problem.js';
import { plannedId, type ExtensionInfo } from '../core/references.js';
import type { OwnerDocument } from './resolve-owners.js';
import { Resolver } from './resolver.js';

/** The IVR menus the plan creates (owners with no id yet), as extensions whose ids are plannedIds. */
export function plannedMenus(owners: OwnerDocument[]): ExtensionInfo[] {
  return owners
    .filter((o) => o.owner.type === 'ivr' && o.owner.extensionId === '')
    .map((o) => ({
      id: plannedId(o.owner.extensionNumber),
      extensionNumber: o.owner.extensionNumber,
      name: o.owner.name,
      type: 'IvrMenu',
    }));
}

/**
 * Keys of menus to create that lead through other menus to create back to their own menu: each
 * needs the other's id before it exists, so no order of creates can write them. Each is an error
 * at its key (apply without it first, then add it). A key straight to its own menu is not: apply
 * sets it once the create returns the id.
 */
export function plannedMenuCycles(owners: OwnerDocument[]): Problem[] {
  const planned = plannedMenus(owners);
  const resolver = new Resolver([], undefined, planned);
  const creates = owners.filter((o) => o.owner.type === 'ivr' && o.owner.extensionId === '');
  const edges = new Map<string, { key: IvrKey; field: 'transferTo' | 'voicemail'; to: string; doc: OwnerDocument }[]>();
  for (const o of creates) {
    const keys = (o.doc.data as IvrMenuManifest).keys ?? {};
    const out = Object.entries(keys).flatMap(([key, a]) => {
      if (typeof a !== 'object' || !('transferTo' in a || 'voicemail' in a)) return [];
      const field = 'transferTo' in a ? ('transferTo' as const) : ('voicemail' as const);
      const found = resolver.extension('transferTo' in a ? a.transferTo : a.voicemail, { planned: true });
      return found.ok ? [{ key: key as IvrKey, field, to: found.value.extensionNumber, doc: o }] : [];
    });
    edges.set(o.owner.extensionNumber, out);
  }
  const reaches = (from: string, target: string, seen = new Set<string>()): boolean => {
    if (from === target) return true;
    if (seen.has(from)) return false;
    seen.add(from);
    return (edges.get(from) ?? []).some((e) => reaches(e.to, target, seen));
  };
  return [...edges].flatMap(([number, out]) =>
    out
      // A key to its own menu is sent once the menu exists (apply's second request for it).
      .filter((e) => e.to !== number && reaches(e.to, number))
      .map((e): Problem => {
        const path = ['keys', e.key, e.field];
        const via = `IVR menu ${e.to}, which leads back to it`;
        return {
          pos: e.doc.doc.locate(path),
          path: formatPath(path),
          message: `IVR menu ${number} does not exist yet and this key leads to ${via}: neither can be created naming the other's id; apply without this key first, then add it`,
          severity: 'error',
        };
      }),
  );
}
