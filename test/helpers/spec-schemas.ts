import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';

/**
 * RingCentral's spec subset (spec/ringcentral-api/) as JSON Schema for ajv, and its operations
 * index, for tests that hold requests and responses against the spec.
 */

const API_DIR = new URL('../../spec/ringcentral-api/', import.meta.url);
export const SPEC_FILE = new URL('openapi-subset.json', API_DIR);

export interface Operation {
  method: string;
  path: string;
  operationId: string;
  throttlingGroup: string;
  requestBody: Record<string, string> | null;
  responses: Record<string, string>;
}

export const SPEC = JSON.parse(readFileSync(SPEC_FILE, 'utf8'));
export const OPERATIONS: Operation[] = JSON.parse(readFileSync(new URL('operations.json', API_DIR), 'utf8'));

/**
 * OpenAPI 3.0 → JSON Schema that ajv takes: drop discriminator/nullable/examples/x- extensions.
 * Dropping `discriminator` loses nothing here: every place that uses a polymorphic schema lists
 * the variants in a `oneOf` (each variant's `type` enum tells them apart).
 */
export function cleaned(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(cleaned);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'discriminator' || k === 'nullable' || k === 'example' || k.startsWith('x-')) continue;
    out[k] = cleaned(v);
  }
  return out;
}

/** An ajv holding the spec's components under the id `spec` (`spec#/components/schemas/Name`). */
export function specAjv(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema(cleaned({ components: { schemas: SPEC.components.schemas, responses: SPEC.components.responses } }) as object, 'spec');
  return ajv;
}

/** The operation a concrete call is, by method and path (`~` or ids in place of `{params}`). */
export function operationOf(method: string, path: string): Operation | undefined {
  const bare = path.split('?')[0];
  return OPERATIONS.find((op) => {
    if (op.method !== method.toUpperCase()) return false;
    const source = op.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+');
    return new RegExp(`^${source}/?$`).test(bare);
  });
}
