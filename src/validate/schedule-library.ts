import type { Schedule } from '../core/manifest.js';
import type { Problem, SourcePos } from '../core/problem.js';
import { checkSchedule } from './check-schedules.js';
import { checkSchema } from './check-schema.js';
import { reporterFor, restatesSchemaError, where, type Finding, type KeyLocatable } from './findings.js';
import { asObj } from './walk.js';

/** A `kind: Schedule` document that passed its checks: what `use` names. */
export interface NamedSchedule {
  name: string;
  schedule: Schedule;
  /** Where its `name` is written: the place messages and plans point at. */
  pos: SourcePos;
  doc: KeyLocatable;
}

/** The Schedules of one run, by name, and the names of those that failed their own checks. */
export interface ScheduleLibrary {
  schedules: Map<string, NamedSchedule>;
  /** Names of Schedules with errors: a `use` of them is neither resolved nor reported again. */
  broken: Set<string>;
}

export function isScheduleDocument(data: unknown): boolean {
  return asObj(data)?.kind === 'Schedule';
}

/**
 * Checks the `kind: Schedule` documents (schema, the values of their schedule, one name per
 * Schedule in the documents read together) and collects them by name for `use`.
 */
export function scheduleLibrary(documents: KeyLocatable[], now: Date): { library: ScheduleLibrary; problems: Problem[] } {
  const library: ScheduleLibrary = { schedules: new Map(), broken: new Set() };
  const problems: Problem[] = [];
  const seen = new Map<string, SourcePos>();
  for (const doc of documents) {
    const schema = checkSchema(doc);
    const findings: Finding[] = [];
    const report = reporterFor(doc, findings);
    const data = asObj(doc.data) ?? {};
    const schedule = asObj(data.schedule);
    if (schedule) checkSchedule({ path: ['schedule'], value: schedule }, report, now);
    const name = typeof data.name === 'string' ? data.name : undefined;
    const first = name === undefined ? undefined : seen.get(name);
    if (name !== undefined && first) {
      report.error(['name'], `a Schedule named "${name}" is also defined at ${where(first)}; Schedule names are unique`);
    }
    if (name !== undefined && !first) seen.set(name, doc.locate(['name']));
    const kept = findings.filter((f) => !restatesSchemaError(f, schema.subjects));
    const found = [...schema.findings, ...kept].map((f) => f.problem);
    problems.push(...found);
    if (name === undefined || first) continue;
    if (found.some((p) => p.severity === 'error')) library.broken.add(name);
    else library.schedules.set(name, { name, schedule: data.schedule as Schedule, pos: doc.locate(['name']), doc });
  }
  return { library, problems };
}

/** A Schedule no document uses is worth a warning: a calendar edited there changes nothing. */
export function unusedSchedules(library: ScheduleLibrary, used: Set<string>): Problem[] {
  const out: Problem[] = [];
  for (const s of library.schedules.values()) {
    if (used.has(s.name)) continue;
    out.push({
      pos: s.pos,
      path: 'name',
      message: `Schedule "${s.name}" is not used: no document writes schedule: {use: ${s.name}}, so it changes nothing`,
      severity: 'warning',
    });
  }
  return out;
}
