import type { ManifestDocument } from '../core/document.js';
import type { ExtRef, SiteManifest, UserManifest } from '../core/manifest.js';
import type { RoutingModel } from '../core/routing.js';
import { refLabel, sameLabel } from './ext-ref-label.js';
import { modelFromManifest } from './owner-routing.js';

export interface OwnerDocument {
  doc: ManifestDocument;
  /** The reference as the document writes it. */
  ref: ExtRef;
  model: RoutingModel;
}

function ownerRefs(doc: ManifestDocument): ExtRef[] {
  const m = doc.data;
  if (m.kind === 'Site') return [(m as SiteManifest).site];
  const u = m as UserManifest;
  return u.extensions ?? (u.extension !== undefined ? [u.extension] : []);
}

/**
 * The document that manages a user or site, found by the reference as written (`101`,
 * `{email: …}`, `{name: …}`, `{id: …}`; also inside `extensions:` lists). Without the account's
 * extension list, `101` and `{name: "Alex Smith"}` cannot be known to be the same user, so the
 * match is on the written label.
 */
export function findOwnerDocument(
  documents: ManifestDocument[],
  kind: 'User' | 'Site' | 'Company',
  wanted: ExtRef,
): OwnerDocument | undefined {
  // The company is the account: its one document, whatever was asked for.
  if (kind === 'Company') {
    const doc = documents.find((d) => d.data.kind === 'Company');
    return doc && { doc, ref: 'company', model: modelFromManifest(doc.data, 'the company') };
  }
  const label = refLabel(wanted);
  for (const doc of documents) {
    if (doc.data.kind !== kind) continue;
    const ref = ownerRefs(doc).find((r) => sameLabel(refLabel(r), label));
    if (ref !== undefined) return { doc, ref, model: modelFromManifest(doc.data, refLabel(ref)) };
  }
  return undefined;
}
