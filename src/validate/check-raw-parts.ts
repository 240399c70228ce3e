import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { loadSpec, targetRequestSchemas, type TargetFamily } from '../core/api/spec-schemas.js';
import type { PathSeg } from '../core/path.js';
import { knownDestination, ringTargetByApiType } from '../parts/registry.js';
import type { Reporter } from './findings.js';
import { child, childList, userRuleBodies, type At, type Obj } from './walk.js';

/**
 * `{raw: {...}}` ring targets and destinations are the API's request objects, written as
 * RingCentral defines them: each is checked here against its request schema in the spec
 * (spec/ringcentral-api/openapi-subset.json), before any call. Types with a named form are
 * refused with the form to write instead, so each target has one spelling and one comparison.
 */

/** OpenAPI 3.0 → JSON Schema that ajv takes: drop discriminator/nullable/examples/x- extensions. */
function cleaned(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(cleaned);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'discriminator' || k === 'nullable' || k === 'example' || k.startsWith('x-')) continue;
    out[k] = cleaned(v);
  }
  return out;
}

let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

function validatorOf(schemaName: string): ValidateFunction {
  if (!ajv) {
    ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    ajv.addSchema(cleaned({ components: { schemas: loadSpec().components.schemas } }) as object, 'spec');
  }
  let v = compiled.get(schemaName);
  if (!v) {
    v = ajv.compile({ $ref: `spec#/components/schemas/${schemaName}` });
    compiled.set(schemaName, v);
  }
  return v;
}

const segsOf = (pointer: string): PathSeg[] =>
  pointer
    ? pointer
        .slice(1)
        .split('/')
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')))
    : [];

const article = (word: string) => (/^[AEIOU]/.test(word) ? 'an' : 'a');

function messageOf(e: ErrorObject, type: string): string {
  const p = e.params as Record<string, unknown>;
  if (e.keyword === 'required')
    return `${article(type)} ${type} needs "${String(p.missingProperty)}" (RingCentral's request schema requires it)`;
  if (e.keyword === 'enum') return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  return `${e.message ?? 'is not valid'} (RingCentral's request schema for ${type})`;
}

/** One raw object against the request schema of its type; every problem reported at its place. */
function checkRaw(raw: At<Obj>, family: TargetFamily, report: Reporter, extra: Obj = {}): void {
  const type = raw.value.type;
  if (typeof type !== 'string') return; // the manifest schema reports a missing type
  const schemas = targetRequestSchemas(family);
  const what = family === 'ring' ? 'ring target' : 'terminating target';
  if (!schemas[type]) {
    report.error(
      [...raw.path, 'type'],
      `"${type}" is not a ${what} type of RingCentral's API; it defines ${Object.keys(schemas).join(', ')}`,
    );
    return;
  }
  const named = family === 'ring' ? ringTargetByApiType(type) : knownDestination(type);
  if (named && named.key !== 'raw') {
    report.error([...raw.path, 'type'], `${type} has a named form: write ${named.writtenAs} instead of raw`);
    return;
  }
  const validate = validatorOf(schemas[type]);
  if (validate({ ...raw.value, ...extra })) return;
  const seen = new Set<string>();
  for (const e of validate.errors ?? []) {
    // One problem per place: allOf branches repeat a complaint, and a wrong value fails several keywords.
    const key =
      e.keyword === 'required' ? `${e.instancePath}|${String((e.params as { missingProperty?: string }).missingProperty)}` : e.instancePath;
    if (seen.has(key)) continue;
    seen.add(key);
    report.error([...raw.path, ...segsOf(e.instancePath)], messageOf(e, type));
  }
}

const SETS = { ifNoAnswer: 'Ringing', immediately: 'Terminating' } as const;

export function checkRawParts(doc: At<Obj>, report: Reporter): void {
  for (const body of userRuleBodies(doc)) {
    const ring = child(body, 'ring');
    for (const group of ring ? childList(ring, 'groups') : []) {
      for (const target of childList(group, 'targets')) {
        const raw = child(target, 'raw');
        if (raw) checkRaw(raw, 'ring', report);
      }
    }
    for (const [key, set] of Object.entries(SETS)) {
      const destination = child(body, key);
      const raw = destination && child(destination, 'raw');
      if (!raw) continue;
      const written = raw.value.dispatchingType;
      if (written !== undefined && written !== set) {
        report.error(
          [...raw.path, 'dispatchingType'],
          `dispatchingType follows from where the destination is written: ${key} is ${set}; leave it out`,
        );
        continue;
      }
      checkRaw(raw, 'terminating', report, { dispatchingType: set });
    }
  }
}
