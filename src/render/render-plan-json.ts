import { permissionsOfChanges } from '../core/app-permission.js';
import type { Plan, PlanAffected } from '../core/plan.js';
import { accountJson, changeJson, fingerprintJson, pick, stringifyStable, unmanagedJson, warningJson } from './json-shapes.js';

/**
 * The plan as the one JSON object of cli.md. Top-level keys in contract order (the account
 * right after the format version: it says which account everything below is for), then the
 * optional extras only when the planner set them. The same plan always gives the same bytes.
 */
export function renderPlanJson(plan: Plan): string {
  const out: Record<string, unknown> = { formatVersion: plan.formatVersion };
  if (plan.account) out.account = accountJson(plan.account);
  out.changes = plan.changes.map(changeJson);
  out.unmanaged = plan.unmanaged.map(unmanagedJson);
  out.summary = pick(plan.summary, ['create', 'update', 'delete']);
  out.warnings = (plan.warnings ?? []).map(warningJson);
  if (plan.selection) out.selection = pick(plan.selection, ['documents', 'changedSince']);
  // Derived from the changes (operations.json x-app-permission), never read back from a saved plan.
  const permissions = permissionsOfChanges(plan.changes);
  if (permissions.length) out.permissions = permissions.map((n) => ({ permission: n.permission, documents: [...n.documents] }));
  if (plan.affected) out.affected = affectedJson(plan.affected);
  if (plan.fingerprints) out.fingerprints = plan.fingerprints.map(fingerprintJson);
  return stringifyStable(out);
}

/** `affected` in JSON: users and sites always, the other lists and `company` when present. */
function affectedJson(a: PlanAffected): PlanAffected {
  const out: PlanAffected = { users: [...a.users], sites: [...a.sites] };
  if (a.queues) out.queues = [...a.queues];
  if (a.ivrMenus) out.ivrMenus = [...a.ivrMenus];
  if (a.company) out.company = true;
  return out;
}
