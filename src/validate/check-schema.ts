import type { ErrorObject } from 'ajv';
import type { PathSeg } from '../core/path.js';
import { reporterFor, type Finding, type KeyLocatable } from './findings.js';
import { manifestSchema } from './manifest-schema.js';
import { schemaMessage } from './schema-message.js';

/** A schema error reduced to what it is about. */
interface SchemaIssue {
  error: ErrorObject;
  /** The object holding the error. */
  at: PathSeg[];
  /** What the error is about: the value, or the unknown/missing key below `at`. */
  subject: PathSeg[];
}

/**
 * Checks a document against the JSON Schema. Returns one finding per offending node, plus the
 * subjects of those findings: semantic checks are not repeated below a node the schema rejected.
 */
export function checkSchema(doc: KeyLocatable): { findings: Finding[]; subjects: PathSeg[][] } {
  const { validate, fields } = manifestSchema();
  if (validate(doc.data)) return { findings: [], subjects: [] };
  const issues = mostSpecific((validate.errors ?? []).map((error) => toIssue(error, doc.data)));
  const findings: Finding[] = [];
  const report = reporterFor(doc, findings);
  const missing = missingByObject(issues);
  for (const { error, at, subject } of issues) {
    const last = subject[subject.length - 1];
    if (error.keyword === 'required') {
      const names = missing.get(pathKey(at));
      if (names?.[0] === last) report.error(at, missingMessage(names));
      continue;
    }
    const message = schemaMessage(error, fields, typeof last === 'string' ? last : undefined);
    if (error.keyword === 'additionalProperties') report.errorAtKey(subject, message);
    else report.error(at, message);
  }
  return { findings, subjects: issues.map((i) => i.subject) };
}

const pathKey = (path: PathSeg[]) => JSON.stringify(path.map(String));

/** Missing required fields per object: one problem names them all. */
function missingByObject(issues: SchemaIssue[]): Map<string, PathSeg[]> {
  const out = new Map<string, PathSeg[]>();
  for (const { error, at, subject } of issues) {
    if (error.keyword !== 'required') continue;
    const list = out.get(pathKey(at)) ?? [];
    list.push(subject[subject.length - 1]);
    out.set(pathKey(at), list);
  }
  return out;
}

function missingMessage(fields: PathSeg[]): string {
  const names = fields.map((f) => `"${String(f)}"`);
  return names.length === 1
    ? `missing required field ${names[0]}`
    : `missing required fields ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function toIssue(error: ErrorObject, data: unknown): SchemaIssue {
  const at = pointerToPath(error.instancePath, data);
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') return { error, at, subject: [...at, String(params.additionalProperty)] };
  if (error.keyword === 'required') return { error, at, subject: [...at, String(params.missingProperty)] };
  return { error, at, subject: at };
}

/**
 * Drops ajv's consequential errors so each mistake is reported once: `if` wrappers, duplicates
 * of the same keyword at the same place (a kind's own `version` check repeats the shared one),
 * required and min/maxProperties on an object that also has an unknown key, and anything else
 * at a node whose type is already wrong.
 */
function mostSpecific(issues: SchemaIssue[]): SchemaIssue[] {
  const typeErrors = new Set(issues.filter((i) => i.error.keyword === 'type').map((i) => pathKey(i.at)));
  const withUnknownKey = new Set(issues.filter((i) => i.error.keyword === 'additionalProperties').map((i) => pathKey(i.at)));
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const { keyword } = issue.error;
    if (keyword === 'if') return false;
    if (keyword !== 'type' && typeErrors.has(pathKey(issue.at))) return false;
    // An unknown key usually is the missing one misspelt or misplaced: report it alone.
    const consequence = keyword === 'minProperties' || keyword === 'maxProperties' || keyword === 'required';
    if (consequence && withUnknownKey.has(pathKey(issue.at))) return false;
    const id = `${pathKey(issue.subject)}|${keyword}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** `/rules/work-hours/ring/groups/0` → path segments; list indexes become numbers. */
function pointerToPath(pointer: string, data: unknown): PathSeg[] {
  if (pointer === '') return [];
  const path: PathSeg[] = [];
  let node = data;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    const seg: PathSeg = Array.isArray(node) ? Number(token) : token;
    path.push(seg);
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[String(seg)] : undefined;
  }
  return path;
}
