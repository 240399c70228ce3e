import type { ScheduleUse } from '../core/document.js';
import type { Schedule } from '../core/manifest.js';
import type { PathSeg } from '../core/path.js';
import { scheduleForm } from '../core/schedule.js';
import { unionSchedules } from '../core/schedule-union.js';
import { reporterFor, where, type Finding, type KeyLocatable } from './findings.js';
import type { NamedSchedule, ScheduleLibrary } from './schedule-library.js';
import { asObj } from './walk.js';

export interface ResolvedUses {
  /** The document's data with every resolvable `use` replaced by its schedule. */
  data: unknown;
  uses: ScheduleUse[];
  findings: Finding[];
  /** A `use` names a Schedule that has errors of its own: the document cannot be used yet. */
  unresolved: boolean;
  /** Places whose `use` could not be resolved: checks that read them would only guess. */
  failed: PathSeg[][];
  /** Every name a `use` writes, resolved or not (a Schedule named in a mistaken list is still used). */
  named: string[];
}

/**
 * Puts in place of every `schedule: {use: …}` the schedule it names (the union, for a list), so
 * that the place's own checks, and every stage after validation, read it as if it were written
 * there. An unknown name, or a list mixing forms, is an error at the `use`. The document as
 * loaded is left untouched (YAML aliases may share its objects); the data returned is a copy.
 */
export function resolveScheduleUses(doc: KeyLocatable, library: ScheduleLibrary): ResolvedUses {
  const places = usePlaces(doc.data);
  const out: ResolvedUses = { data: doc.data, uses: [], findings: [], unresolved: false, failed: [], named: [] };
  if (places.length === 0) return out;
  const report = reporterFor(doc, out.findings);
  out.data = JSON.parse(JSON.stringify(doc.data)) as unknown;
  for (const path of places) {
    const at: PathSeg[] = [...path, 'use'];
    const written = (asObj(valueAt(doc.data, path)) ?? {}).use;
    const names = typeof written === 'string' ? [written] : Array.isArray(written) ? written.filter((n) => typeof n === 'string') : [];
    out.named.push(...names);
    const found: NamedSchedule[] = [];
    names.forEach((name, i) => {
      const named = library.schedules.get(name);
      if (named) found.push(named);
      else if (library.broken.has(name)) out.unresolved = true;
      else report.error(Array.isArray(written) ? [...at, i] : at, unknownMessage(name, library));
    });
    if (found.length !== names.length || names.length === 0) {
      out.failed.push(path);
      continue;
    }
    const forms = found.map((s) => scheduleForm(s.schedule));
    const unionable = forms.every((f) => f === forms[0] && (f === 'weekly' || f === 'ranges'));
    if (found.length > 1 && !unionable) {
      const list = found.map((s, i) => `"${s.name}" is ${forms[i]} (${where(s.pos)})`).join(', ');
      report.error(at, `a list of Schedules is the union of schedules of one form (all ranges, or all weekly): ${list}`);
      out.failed.push(path);
      continue;
    }
    setAt(out.data, path, JSON.parse(JSON.stringify(unionSchedules(found.map((s) => s.schedule)))) as Schedule);
    out.uses.push({ path, at: doc.locate(at), schedules: found.map((s) => ({ name: s.name, pos: s.pos })) });
  }
  return out;
}

function unknownMessage(name: string, library: ScheduleLibrary): string {
  const known = [...library.schedules.keys(), ...library.broken].sort();
  const hint =
    known.length > 0 ? `; the Schedules read are ${known.map((k) => `"${k}"`).join(', ')}` : '; no kind: Schedule document was read';
  return `no Schedule named "${name}"${hint} (name the files or folder that hold it too)`;
}

/** Every `schedule: {use: …}` of the data, by path (the schema allows `use` only in schedules). */
function usePlaces(data: unknown, path: PathSeg[] = [], out: PathSeg[][] = []): PathSeg[][] {
  if (Array.isArray(data)) data.forEach((item, i) => usePlaces(item, [...path, i], out));
  else if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      const obj = asObj(value);
      if (key === 'schedule' && obj && 'use' in obj) out.push([...path, key]);
      else usePlaces(value, [...path, key], out);
    }
  }
  return out;
}

function valueAt(data: unknown, path: PathSeg[]): unknown {
  let node = data;
  for (const seg of path) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined;
  return node;
}

function setAt(data: unknown, path: PathSeg[], value: unknown): void {
  const parent = valueAt(data, path.slice(0, -1)) as Record<string, unknown>;
  parent[path[path.length - 1]] = value;
}
