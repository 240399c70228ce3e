import { appPermissionOf, type PermissionNeed } from '../core/app-permission.js';
import type { ManifestDocument } from '../core/document.js';
import { ownerWords } from '../core/owner-words.js';
import { OWNER_TYPES, type OwnerType } from '../core/plan.js';
import { kindsOf } from '../kinds/index.js';

const ACTIONS = ['create', 'update', 'delete'] as const;
const UPDATE_ONLY = ['update'] as const;

/**
 * Every app permission the writes of a document's kinds can need, whatever the live state: a
 * Company document needs EditAccounts (its rules) and EditExtensions (its business hours) even
 * when today's plan is empty, so `doctor PATH…` checks them before a change relies on them.
 * Found by asking each resource kind of the document's owner type for the request each action
 * makes, and the spec for that request's permission; no list to keep in step.
 */
export function documentPermissions(documents: readonly ManifestDocument[]): PermissionNeed[] {
  const needs = new Map<string, Set<string>>();
  for (const doc of documents) {
    const owner = OWNER_TYPES.find((t) => ownerWords[t].manifestKind === doc.data.kind);
    if (!owner) continue;
    for (const permission of ownerPermissions(owner)) {
      if (!needs.has(permission)) needs.set(permission, new Set());
      needs.get(permission)!.add(doc.file);
    }
  }
  return [...needs].map(([permission, files]) => ({ permission, documents: [...files].sort() })).sort(byPermission);
}

const ORDER = ['ReadAccounts', 'EditExtensions', 'EditAccounts'];
const byPermission = (a: PermissionNeed, b: PermissionNeed) => ORDER.indexOf(a.permission) - ORDER.indexOf(b.permission);

function ownerPermissions(owner: OwnerType): Set<string> {
  const out = new Set<string>();
  const sample = { type: owner, extensionId: '1', extensionNumber: '1', name: 'sample' };
  for (const kind of kindsOf(owner)) {
    for (const action of kind.actions ?? (kind.collection ? ACTIONS : UPDATE_ONLY)) {
      const request = kind.request(action, sample, 'sample', {}, { id: '1', comparable: {} });
      const permission = appPermissionOf(request.method, request.path);
      if (permission) out.add(permission);
    }
  }
  return out;
}
