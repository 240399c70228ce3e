import type { ManifestDocument } from '../core/document.js';
import type { ExtRef } from '../core/manifest.js';
import { ownerAliasesOf, ownerRefsOf } from '../core/owner-refs.js';
import { ownerTypeOfKind, ownerWords, type OwnerWords } from '../core/owner-words.js';
import type { OwnerType } from '../core/plan.js';
import type { RoutingModel } from '../core/routing.js';
import { refLabel, sameLabel } from './ext-ref-label.js';
import { modelFromManifest } from './owner-routing.js';

export interface OwnerDocument {
  doc: ManifestDocument;
  /** The reference as the document writes it. */
  ref: ExtRef;
  model: RoutingModel;
}

/**
 * The document that manages a user or site, found by the reference as written (`101`,
 * `{email: …}`, `{name: …}`, `{id: …}`; also inside `extensions:` lists). Without the account's
 * extension list, `101` and `{name: "Alex Smith"}` cannot be known to be the same user, so the
 * match is on the written label.
 */
export function findOwnerDocument(
  documents: ManifestDocument[],
  kind: OwnerWords['manifestKind'],
  wanted: ExtRef,
): OwnerDocument | undefined {
  const type = ownerTypeOfKind(kind);
  // The company is the account: its one document, whatever was asked for.
  if (ownerWords[type].account) {
    const doc = documents.find((d) => d.data.kind === kind);
    return doc && { doc, ref: 'company', model: modelFromManifest(doc.data, 'the company') };
  }
  const label = refLabel(wanted);
  for (const doc of documents) {
    if (doc.data.kind !== kind) continue;
    const refs = ownerRefsOf(type, doc.data).map((r) => r.ref);
    const ref = refs.find((r) => sameLabel(refLabel(r), label));
    if (ref !== undefined) return { doc, ref, model: modelFromManifest(doc.data, refLabel(ref)) };
    // Another name the document gives the same extension (an IVR menu's name): its first reference.
    if (refs.length === 1 && ownerAliasesOf(type, doc.data).some((r) => sameLabel(refLabel(r), label)))
      return { doc, ref: refs[0], model: modelFromManifest(doc.data, refLabel(refs[0])) };
  }
  return undefined;
}

/** The labels of the extensions the documents of one owner type manage, as they write them. */
export function managedRefs(documents: ManifestDocument[], type: OwnerType): string[] {
  const kind = ownerWords[type].manifestKind;
  return documents.filter((d) => d.data.kind === kind).flatMap((d) => ownerRefsOf(type, d.data).map((r) => refLabel(r.ref)));
}
