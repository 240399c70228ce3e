import type { PathSeg } from '../core/path.js';
import type { RoutingModel } from '../core/routing.js';
import { lintScheduleRanges } from './lint-schedule-ranges.js';
import { routingOf } from './owner-routing.js';

/** One lint warning, located by its path in the manifest document the model came from. */
export interface RoutingFinding {
  path: PathSeg[];
  message: string;
}

export interface LintOptions {
  /** Check schedule ranges (overlapping, ended); validation already does (default true). */
  ranges?: boolean;
  /** Local date-time (`YYYY-MM-DDTHH:MM[:SS]`) that decides which ranges have ended. */
  now: string;
  /** Report equal-priority rules that can match the same call (default true). */
  ties?: boolean;
}

/**
 * Lint of a routing model built from a manifest document (src/simulate/manifest-to-model.ts):
 * rules that can never match, equal-priority rules that can match the same call, schedule
 * ranges that overlap or have ended. Pure; findings carry the document path to locate them.
 * Models without paths (from live configuration) yield rule findings only where rules have
 * an origin, i.e. none.
 */
export function lintRouting(model: RoutingModel, opts: LintOptions): RoutingFinding[] {
  const routing = routingOf(model);
  const rules = routing.lintRules(model, opts.ties ?? true);
  // Schedules worth checking for overlapping or ended ranges: those that can still take effect.
  const ranges = opts.ranges === false ? [] : routing.lintedSchedules(model).flatMap((s) => lintScheduleRanges(s, opts.now));
  return [...rules, ...ranges];
}
