import type { ManifestDocument } from '../core/document.js';
import type { PathSeg } from '../core/path.js';
import type { SiteManifest, UserManifest } from '../core/manifest.js';
import type { ReferenceResolver } from '../core/references.js';

/** The user or site extension a document manages, resolved against the live extension list. */
export interface Owner {
  type: 'user' | 'site';
  extensionId: string;
  extensionNumber: string;
  name: string;
}

/** What ringform reads per user: two GETs (state-rules embed their states; interaction rules are full). */
export interface UserSnapshot {
  stateRules: any[];
  interactionRules: any[];
}

/** What ringform reads per site: business hours and the detailed answering-rule list. */
export interface SiteSnapshot {
  businessHours: any;
  answeringRules: any[];
}

/** Everything a kind needs to state what one document wants for one owner. */
export interface CompileContext<M = UserManifest | SiteManifest, S = UserSnapshot | SiteSnapshot> {
  owner: Owner;
  doc: ManifestDocument;
  manifest: M;
  live: S;
  resolver: ReferenceResolver;
  /** Plan errors (unresolvable references, rules RingCentral would refuse given live state). */
  report(path: readonly PathSeg[], message: string): void;
}

