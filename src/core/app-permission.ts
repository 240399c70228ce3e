import type { Change } from './plan.js';

/**
 * The app permission each write operation needs: `x-app-permission` of operations.json (a test
 * compares every write operation of the spec with this table). `{accountId}`/`{extensionId}`
 * may be `~` or digits. Reads all need ReadAccounts, which the plan has shown it has.
 */
const SEG = '[^/]+';
const A = `/restapi/v1\\.0/account/${SEG}`;
const EXT = `${A}/extension/${SEG}`;
const V2 = `/restapi/v2/accounts/${SEG}/extensions/${SEG}/comm-handling`;

const row = (methods: string, path: string, permission: string) => ({
  methods: methods.split(','),
  path: new RegExp(`^${path}/?$`),
  permission,
});

const WRITES = [
  row('PATCH', `${V2}/states/${SEG}`, 'EditExtensions'),
  row('PATCH', `${V2}/voice/state-rules/${SEG}`, 'EditExtensions'),
  row('POST', `${V2}/voice/interaction-rules`, 'EditExtensions'),
  row('PATCH,DELETE', `${V2}/voice/interaction-rules/${SEG}`, 'EditExtensions'),
  row('PUT', `${EXT}/business-hours`, 'EditExtensions'),
  row('PUT', `${A}/business-hours`, 'EditExtensions'),
  row('POST', `${EXT}/answering-rule`, 'EditExtensions'),
  row('PUT,DELETE', `${EXT}/answering-rule/${SEG}`, 'EditExtensions'),
  row('POST', `${A}/answering-rule`, 'EditAccounts'),
  row('PUT,DELETE', `${A}/answering-rule/${SEG}`, 'EditAccounts'),
  row('POST', `${EXT}/greeting`, 'EditExtensions'),
  row('POST', `${A}/greeting`, 'EditAccounts'),
  row('PUT', `${A}/call-queues/${SEG}`, 'EditExtensions'),
  row('POST', `${A}/call-queues/${SEG}/bulk-assign`, 'EditExtensions'),
  row('PUT', `${EXT}/overflow-settings`, 'EditExtensions'),
  row('POST', `${A}/ivr-menus`, 'EditAccounts'),
  // As the spec states it (updateIVRMenu: ReadAccounts).
  row('PUT', `${A}/ivr-menus/${SEG}`, 'ReadAccounts'),
];

/** The app permission a request needs, or undefined for an operation the spec does not list. */
export function appPermissionOf(method: string, path: string): string | undefined {
  const pathname = path.split('?')[0];
  const upper = method.toUpperCase();
  if (upper === 'GET') return pathname.startsWith('/restapi/v1.0/dictionary/') ? undefined : 'ReadAccounts';
  return WRITES.find((r) => r.methods.includes(upper) && r.path.test(pathname))?.permission;
}

/** App permissions that include others (RingCentral's permissions guide). */
const INCLUDED: Record<string, string[]> = { EditAccounts: ['ReadAccounts', 'EditExtensions'] };

/** Whether a token's `scope` grants `permission`, directly or through one that includes it. */
export function scopeGrants(scope: readonly string[], permission: string): boolean {
  return scope.some((s) => s === permission || INCLUDED[s]?.includes(permission));
}

/** One app permission a plan's writes need, and the documents (or owners) whose changes need it. */
export interface PermissionNeed {
  permission: string;
  documents: string[];
}

/** Most demanding first, so the one most often missing leads. */
const ORDER = ['EditAccounts', 'EditExtensions', 'ReadAccounts'];

/**
 * The app permissions a plan's changes need, each with the documents that state the changes
 * (a prune delete, which no document states, by its owner: `user 101`), in a stable order.
 */
export function permissionsOfChanges(changes: readonly Change[]): PermissionNeed[] {
  const needs = new Map<string, Set<string>>();
  for (const change of changes) {
    const permission = appPermissionOf(change.method, change.path);
    if (!permission) continue;
    if (!needs.has(permission)) needs.set(permission, new Set());
    needs.get(permission)!.add(documentOf(change));
  }
  return [...needs]
    .map(([permission, docs]) => ({ permission, documents: [...docs].sort() }))
    .sort((a, b) => rank(a.permission) - rank(b.permission) || a.permission.localeCompare(b.permission));
}

const rank = (p: string) => (ORDER.includes(p) ? ORDER.indexOf(p) : ORDER.length);

function documentOf(change: Change): string {
  if (change.origin?.file) return change.origin.file;
  const t = change.target;
  return t.owner === 'company' ? 'the company' : `${t.owner} ${t.extension ?? t.extensionId ?? t.ownerName}`;
}

/** The needs a token's scope does not grant. */
export function missingPermissions(needs: readonly PermissionNeed[], scope: readonly string[]): PermissionNeed[] {
  return needs.filter((n) => !scopeGrants(scope, n.permission));
}
