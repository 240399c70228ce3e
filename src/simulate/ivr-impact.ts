import type { Change } from '../core/plan.js';
import type { ExtensionInfo } from '../core/references.js';
import type { RoutingImpact } from '../core/routing-impact.js';
import type { IvrSnapshot } from '../kinds/context.js';
import { KEY_ORDER } from '../kinds/ivr-menu/ivr-actions.js';
import { ivrModelFromLive, routeIvrCall } from './ivr-model.js';
import { projectIvrSnapshot } from './project-snapshot.js';

const ALWAYS = {
  weekly: Object.fromEntries(
    ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((d) => [d, [{ start: 0, end: 86400 }]]),
  ),
};

/**
 * A plan's routing impact on an IVR menu: where each key leads before and after (`press 2:
 * transfers to 1200 (Support Queue)` → `transfers to 1300 (Sales Queue)`), live now against live
 * with the plan's changes laid over it; keys that lead where they did are left out.
 */
export function ivrRoutingImpact(input: {
  label: string;
  snapshot: IvrSnapshot;
  changes: Change[];
  extensions: ExtensionInfo[];
  week: string;
}): RoutingImpact {
  const opts = { label: input.label, extensions: input.extensions };
  const before = ivrModelFromLive(input.snapshot, opts);
  const after = ivrModelFromLive(projectIvrSnapshot(input.snapshot, input.changes), opts);
  const rows = KEY_ORDER.flatMap((key) => {
    const call = { from: '', at: `${input.week}T10:00`, press: [key] };
    const was = routeIvrCall(before, call);
    const now = routeIvrCall(after, call);
    if (JSON.stringify(was.endsAt) === JSON.stringify(now.endsAt)) return [];
    return [{ label: key === 'noInput' ? 'no key pressed' : `press ${key}`, call, before: was, after: now }];
  });
  return {
    owner: input.label,
    ownerType: 'ivr',
    week: input.week,
    checked: KEY_ORDER.length,
    rows,
    hours: { label: 'business hours', before: ALWAYS, after: ALWAYS, changed: false },
  };
}
