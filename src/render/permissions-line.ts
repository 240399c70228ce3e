import { permissionsOfChanges, type PermissionNeed } from '../core/app-permission.js';
import type { Plan } from '../core/plan.js';
import { cleanText } from './format-value.js';

/** Documents named per permission before the rest is counted. */
const SHOWN = 3;

/** `EditAccounts (company.yaml)`, `EditExtensions (a.yaml, b.yaml, c.yaml and 4 more)`. */
export function describeNeed(need: PermissionNeed): string {
  const docs = need.documents.slice(0, SHOWN).map(cleanText);
  const more = need.documents.length - docs.length;
  return `${need.permission} (${docs.join(', ')}${more > 0 ? ` and ${more} more` : ''})`;
}

/**
 * `App permissions needed: EditAccounts (company.yaml), EditExtensions (…).`: what the app must
 * be allowed for `apply` to make every change (operations.json `x-app-permission`), so a
 * reviewer sees before the merge that the Company document needs EditAccounts. Undefined for
 * an empty plan.
 */
export function permissionsLine(plan: Plan): string | undefined {
  const needs = permissionsOfChanges(plan.changes);
  if (needs.length === 0) return undefined;
  return `App permissions needed: ${needs.map(describeNeed).join(', ')}.`;
}
