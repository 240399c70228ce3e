import { readFileSync } from 'node:fs';

/**
 * RingCentral's spec subset (spec/ringcentral-api/openapi-subset.json, shipped with the
 * package) as data: which request schema each ring and terminating target type has, and what
 * those schemas require. Raw parts (`{raw: {...}}`) are checked against it before any call and
 * compared by it; the file is read once, on first use.
 */
export const SPEC_URL = new URL('../../../spec/ringcentral-api/openapi-subset.json', import.meta.url);

type SchemaNode = { $ref?: string; allOf?: SchemaNode[]; required?: string[]; properties?: Record<string, unknown>; discriminator?: { mapping?: Record<string, string> } };
type Spec = { components: { schemas: Record<string, SchemaNode> } };

let spec: Spec | undefined;

export function loadSpec(): Spec {
  spec ??= JSON.parse(readFileSync(SPEC_URL, 'utf8')) as Spec;
  return spec;
}

/** The API's target families: the base schema whose discriminator maps each type to its request schema. */
export type TargetFamily = 'ring' | 'terminating';
const BASE: Record<TargetFamily, string> = { ring: 'CommRingTargetRequest', terminating: 'CommTerminatingTargetRequest' };

const nameOf = (ref: string) => ref.replace('#/components/schemas/', '');

/** Every target type of a family the spec defines, with its request schema's name. */
export function targetRequestSchemas(family: TargetFamily): Record<string, string> {
  const mapping = loadSpec().components.schemas[BASE[family]]?.discriminator?.mapping ?? {};
  return Object.fromEntries(Object.entries(mapping).map(([type, ref]) => [type, nameOf(ref)]));
}

/** The fields a schema requires, through `allOf` and `$ref`. */
export function requiredFields(schemaName: string): string[] {
  const out = new Set<string>();
  const visit = (node: SchemaNode | undefined) => {
    if (!node) return;
    if (node.$ref) visit(loadSpec().components.schemas[nameOf(node.$ref)]);
    for (const f of node.required ?? []) out.add(f);
    for (const part of node.allOf ?? []) visit(part);
  };
  visit(loadSpec().components.schemas[schemaName]);
  return [...out];
}
