import { createHash } from 'node:crypto';
import type { Plan } from '../../core/plan.js';

/**
 * What a reviewer approves when they approve a plan: the account and server it is for, every
 * request apply would send (method, path, body) in order, and the live state it was planned
 * from (the saved plan's fingerprints). A plan made again from the same manifests and the same
 * live state has the same digest; if anyone changed what the plan read — even so that the
 * requests stay the same, which would silently overwrite their edit — the digest differs.
 * Names shown and warnings are left out: they do not change what is written.
 */
export function planDigest(plan: Plan): string {
  const requests = plan.changes.map((c) => [c.method, c.path, c.body ?? null]);
  const live = (plan.fingerprints ?? []).map((f) => `${f.path} ${f.select} ${f.sha256}`).sort();
  const subject = { account: plan.account?.id ?? null, server: plan.account?.server ?? null, requests, live };
  return `sha256:${createHash('sha256').update(canonicalJson(subject)).digest('hex')}`;
}

/** JSON with object keys sorted, so the digest does not depend on the order keys were built in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
