import type { ExtRef, ManifestOf } from './manifest.js';
import type { PathSeg } from './path.js';
import type { OwnerType } from './plan.js';

/** A reference to the extension a document manages, and where the document writes it. */
export interface OwnerRefAt {
  ref: ExtRef;
  path: PathSeg[];
}

/**
 * How a document of each owner type names the extensions it manages: one entry per owner type
 * (a new type without one does not compile). The account itself (the company) is named by
 * nothing: its document manages it by its kind.
 */
export const ownerRefs: { readonly [T in OwnerType]: (m: ManifestOf<T>) => OwnerRefAt[] } = {
  user: (m) =>
    m.extensions
      ? m.extensions.map((ref, i) => ({ ref, path: ['extensions', i] }))
      : m.extension !== undefined
        ? [{ ref: m.extension, path: ['extension'] }]
        : [],
  site: (m) => [{ ref: m.site, path: ['site'] }],
  company: () => [],
  // Its extension number, which may not exist yet (resolve-owners creates the menu then).
  ivr: (m) => [{ ref: String(m.extension), path: ['extension'] }],
  queue: (m) => [{ ref: m.queue, path: ['queue'] }],
};

/**
 * Other names a document gives the extension it manages, beside its references: an IVR menu's
 * document writes both its number and its name, so offline (without the account's extension
 * list) either finds it. One entry per owner type.
 */
export const ownerAliases: { readonly [T in OwnerType]: (m: ManifestOf<T>) => ExtRef[] } = {
  user: () => [],
  site: () => [],
  company: () => [],
  ivr: (m) => (m.name === undefined ? [] : [{ name: m.name }]),
  queue: () => [],
};

/** The references of a document of owner type `type`. */
export function ownerRefsOf<T extends OwnerType>(type: T, m: ManifestOf<T>): OwnerRefAt[] {
  return ownerRefs[type](m);
}

/** The other names a document of owner type `type` gives its extension. */
export function ownerAliasesOf<T extends OwnerType>(type: T, m: ManifestOf<T>): ExtRef[] {
  return ownerAliases[type](m);
}
