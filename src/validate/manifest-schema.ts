import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';

/** Where the manifest JSON Schema lives: also the file editors point at. */
export const MANIFEST_SCHEMA_URL = new URL('../../schemas/manifest-v1.schema.json', import.meta.url);

/**
 * ringform's own annotation: per failing keyword, the message to show instead of ajv's
 * (`{value}` and `{key}` are filled in). Editors ignore unknown keywords.
 */
export const ERRORS_KEYWORD = 'x-errors';

let cached: { schema: Record<string, unknown>; validate: ValidateFunction; fields: Set<string> } | undefined;

/** The compiled schema (compiled once per process: ajv compilation is the slow part). */
export function manifestSchema() {
  if (!cached) {
    const schema = JSON.parse(readFileSync(MANIFEST_SCHEMA_URL, 'utf8')) as Record<string, unknown>;
    // allErrors: report every problem in one run; verbose: keep the failing schema and data,
    // which the messages need (titles, allowed keys, x-errors).
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
    ajv.addKeyword({ keyword: ERRORS_KEYWORD, schemaType: 'object' });
    cached = { schema, validate: ajv.compile(schema), fields: propertyNames(schema) };
  }
  return cached;
}

/** Every property name the schema defines anywhere: tells a misplaced field from a typo. */
function propertyNames(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const item of node) propertyNames(item, out);
  } else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    const properties = record.properties;
    if (properties && typeof properties === 'object') for (const key of Object.keys(properties)) out.add(key);
    for (const value of Object.values(record)) propertyNames(value, out);
  }
  return out;
}
