import type { DraftChange } from '../core/draft-change.js';
import { plannedNumberOf } from '../core/references.js';

/** One place of a request body that holds the planned id of an IVR menu this plan creates. */
export interface PlannedReference {
  /** JSON pointer (RFC 6901) into the body. */
  pointer: string;
  extensionNumber: string;
}

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** Every planned id (plannedId) in a body, where it stands. */
export function plannedReferences(body: unknown, pointer = ''): PlannedReference[] {
  const number = plannedNumberOf(body);
  if (number !== undefined) return [{ pointer, extensionNumber: number }];
  if (Array.isArray(body)) return body.flatMap((v, i) => plannedReferences(v, `${pointer}/${i}`));
  if (body && typeof body === 'object') return Object.entries(body).flatMap(([k, v]) => plannedReferences(v, `${pointer}/${escape(k)}`));
  return [];
}

/** The draft that creates the IVR menu a planned id names. */
export function creatingDraft(drafts: DraftChange[], extensionNumber: string): DraftChange | undefined {
  return drafts.find((d) => d.action === 'create' && d.target.owner === 'ivr' && d.target.extension === extensionNumber);
}
