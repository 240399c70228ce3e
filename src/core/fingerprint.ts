import { createHash } from 'node:crypto';
import type { LiveFingerprint } from './plan.js';

/** sha256 of a normalized live object (or of the marker `absent`): what a saved plan records. */
export function fingerprintOf(value: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(value ?? null))
    .digest('hex');
}

/** A live object a plan was computed from, before hashing (hashed only when a plan is saved). */
export interface LiveObjectRef {
  path: string;
  select: string;
  /** The comparable live object; undefined when it did not exist. */
  live: unknown;
}

export function fingerprints(refs: LiveObjectRef[]): LiveFingerprint[] {
  return refs.map((r) => ({ path: r.path, select: r.select, sha256: fingerprintOf(r.live ?? 'absent') }));
}
