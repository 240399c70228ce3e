import type { ScheduleUse } from '../core/document.js';
import { formatPath } from '../core/path.js';
import type { ManifestField, ScheduleCause } from '../core/plan.js';

/**
 * The Schedules a change writes: those whose `use` stands where one of its manifest fields
 * differs (the schedule itself or a part of it, or a whole rule or state that holds it). A
 * change that leaves a used schedule as it is (say, a new forwarding number) names none.
 */
export function scheduleCauses(fields: readonly ManifestField[], uses: readonly ScheduleUse[] | undefined): ScheduleCause[] {
  const out: ScheduleCause[] = [];
  for (const use of uses ?? []) {
    const at = formatPath(use.path);
    if (!fields.some((f) => within(f.path, at) || within(at, f.path))) continue;
    for (const s of use.schedules) {
      if (out.some((o) => o.name === s.name)) continue;
      out.push({ name: s.name, file: s.pos.file, line: s.pos.line, column: s.pos.col });
    }
  }
  return out;
}

/** `customRules[0].when.schedule.ranges[1]` lies within `customRules[0].when.schedule`. */
function within(inner: string, outer: string): boolean {
  return inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
}
