import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { PathSeg } from '../../core/path.js';
import { routingTestRingTargetMessage, routingTestSchemaDefinitions } from '../../parts/parts-schema.js';

/** Where the RoutingTest JSON Schema lives: also the file editors point at. */
export const ROUTING_TEST_SCHEMA_URL = new URL('../../../schemas/routing-test-v1.schema.json', import.meta.url);

let compiled: ValidateFunction | undefined;

/** Compiled once per process; allErrors so one run reports every problem. */
export function routingTestSchema(): ValidateFunction {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(ROUTING_TEST_SCHEMA_URL, 'utf8'));
    // The parts' forms come from the registry, so a registered part is a routing-test target
    // at once (the file holds the same, generated, for editors).
    Object.assign(schema.definitions, routingTestSchemaDefinitions());
    compiled = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
  }
  return compiled;
}

/** A schema error as ringform reports it: where, what, and whether it points at a key. */
export interface SchemaFinding {
  segs: PathSeg[];
  message: string;
  atKey?: boolean;
}

function segsOf(instancePath: string): PathSeg[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

const ONE_OWNER = 'a routing test names the user (`extension: <ext>`) or the site (`site: <ext>`) its calls go to, not both';

function messageOf(e: ErrorObject, segs: PathSeg[]): SchemaFinding {
  const last = segs[segs.length - 1];
  // ajv's params per keyword: additionalProperty, allowedValue, limit, type.
  const p = e.params as { additionalProperty?: string; allowedValue?: unknown; limit?: number; type?: unknown };
  switch (e.keyword) {
    case 'additionalProperties':
      return { segs: [...segs, String(p.additionalProperty)], message: `unknown field "${p.additionalProperty}"`, atKey: true };
    case 'const':
      return { segs, message: `${String(last)} must be ${JSON.stringify(p.allowedValue)}` };
    case 'minItems':
      return { segs, message: `${String(last)} needs at least ${p.limit} item${p.limit === 1 ? '' : 's'}` };
    case 'minProperties':
      return {
        segs,
        message: last === 'expect' ? 'expect needs at least one of handledBy, endsAt, rings' : `${String(last)} must not be empty`,
      };
    case 'maxProperties':
      return { segs, message: `${String(last)} takes exactly one key` };
    case 'type':
      if (last === 'from' || last === 'to' || last === 'phone') {
        return {
          segs,
          message: 'a phone number must be a quoted string such as "+14081234567" (YAML reads an unquoted +1408… as a plain number)',
        };
      }
      return { segs, message: `${String(last)} must be ${String(p.type).replace(',', ' or ')}` };
    default:
      return { segs, message: `${String(last ?? 'document')} ${e.message ?? 'is not valid'}` };
  }
}

/** All fields missing from one object, in one finding (as for manifests). */
function missingFields(errors: ErrorObject[]): SchemaFinding[] {
  const byObject = new Map<string, string[]>();
  for (const e of errors) {
    if (e.schemaPath.startsWith('#/oneOf')) continue;
    const list = byObject.get(e.instancePath) ?? [];
    list.push((e.params as { missingProperty: string }).missingProperty);
    byObject.set(e.instancePath, list);
  }
  return [...byObject].map(([path, fields]) => ({
    segs: segsOf(path),
    message:
      fields.length === 1 ? `missing required field "${fields[0]}"` : `missing required fields ${fields.map((f) => `"${f}"`).join(', ')}`,
  }));
}

const pointerOf = (segs: PathSeg[]) => segs.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

function valueAt(data: unknown, segs: PathSeg[]): unknown {
  let node: unknown = data;
  for (const seg of segs) node = node && typeof node === 'object' ? (node as Record<PathSeg, unknown>)[seg] : undefined;
  return node;
}

const within = (inner: PathSeg[], outer: PathSeg[]) => outer.every((seg, i) => seg === inner[i]);

/**
 * ajv errors → findings. Alternatives (a ring target's anyOf, the document's oneOf) are
 * reported once, in ringform's words, rather than as one complaint per branch.
 */
export function schemaFindings(data: unknown): SchemaFinding[] {
  const validate = routingTestSchema();
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  // ajv reports paths inside a $ref relative to the definition: the ring target is the only anyOf.
  const targets = errors.filter((e) => e.keyword === 'anyOf').map((e) => segsOf(e.instancePath));
  const out: SchemaFinding[] = targets.map((segs) => ({ segs, message: routingTestRingTargetMessage() }));
  if (errors.some((e) => e.schemaPath === '#/oneOf')) out.push({ segs: [], message: ONE_OWNER });
  const seen = new Set<string>();
  const missing = missingFields(errors.filter((e) => e.keyword === 'required' && !targets.some((t) => within(segsOf(e.instancePath), t))));
  out.push(...missing);
  // An object holding nothing the schema knows, with its required fields missing, is one wrong
  // value, not several mistakes: one message.
  const unknownIn = (m: SchemaFinding) =>
    errors
      .filter((e) => e.keyword === 'additionalProperties' && e.instancePath === pointerOf(m.segs))
      .map((e) => String((e.params as { additionalProperty?: unknown }).additionalProperty));
  const merged = new Set<string>();
  for (const m of missing) {
    const unknown = unknownIn(m);
    const value = valueAt(data, m.segs);
    if (unknown.length === 0 || !value || typeof value !== 'object' || Object.keys(value).length !== unknown.length) continue;
    m.message += `; unknown field${unknown.length === 1 ? '' : 's'} ${unknown.map((u: string) => `"${u}"`).join(', ')}`;
    merged.add(pointerOf(m.segs));
  }
  for (const e of errors) {
    const segs = segsOf(e.instancePath);
    if (e.keyword === 'required' || e.schemaPath.startsWith('#/oneOf') || targets.some((t) => within(segs, t))) continue;
    if (e.keyword === 'additionalProperties' && merged.has(e.instancePath)) continue;
    const finding = messageOf(e, segs);
    const key = `${JSON.stringify(finding.segs)}|${finding.message}`;
    if (!seen.has(key)) out.push(finding);
    seen.add(key);
  }
  return out;
}
