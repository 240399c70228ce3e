import type { Plan } from '../core/plan.js';
import { changeJson, fingerprintJson, pick, stringifyStable, unmanagedJson } from './json-shapes.js';

/**
 * The plan as the one JSON object of cli.md. Top-level keys in contract order, then the
 * optional extras only when the planner set them, so a plain plan prints exactly the
 * documented fields. The same plan always gives the same bytes.
 */
export function renderPlanJson(plan: Plan): string {
  const out: Record<string, unknown> = {
    formatVersion: plan.formatVersion,
    changes: plan.changes.map(changeJson),
    unmanaged: plan.unmanaged.map(unmanagedJson),
    summary: pick(plan.summary, ['create', 'update', 'delete']),
  };
  if (plan.affected) out.affected = { users: [...plan.affected.users], sites: [...plan.affected.sites] };
  if (plan.warnings) out.warnings = [...plan.warnings];
  if (plan.fingerprints) out.fingerprints = plan.fingerprints.map(fingerprintJson);
  return stringifyStable(out);
}
