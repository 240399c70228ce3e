import type { JsonSchema } from './part.js';
import { ringAlways } from './ring-always.js';
import { destinationParts, endParts, greetingActionParts, ringTargetParts } from './registry.js';

/**
 * The definitions of schemas/manifest-v1.schema.json that the parts own (`ringTarget`,
 * `destination`, `greetingSection`), built from each part's fragment, so the editor schema and
 * the registry cannot drift apart. `npm run gen:schema` writes them into the file;
 * test/parts/schema-up-to-date.test.ts fails when the file is out of date.
 */

/** `a`, `a or b`, `a, b or c`. */
function orList(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** A schema with `properties` placed right after `type`, where the file keeps it. */
function withProperties(schema: JsonSchema, properties: Record<string, JsonSchema>): JsonSchema {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) {
    out[k] = v;
    if (k === 'type') out.properties = properties;
  }
  return out;
}

function ringTargetDefinition(): JsonSchema {
  const parts = ringTargetParts().filter((p) => p.word || p.schema);
  const forms = orList(parts.map((p) => p.writtenAs));
  const objects = parts.filter((p) => !p.word);
  const keys = objects.map((p) => p.key);
  const either = objects.length === 2 ? 'either ' : 'one of ';
  return {
    description: `${orList(parts.map((p) => (p.word ? `\`${p.key}\`` : p.writtenAs)))}.`,
    type: ['string', 'object'],
    if: { type: 'string' },
    then: {
      enum: parts.filter((p) => p.word).map((p) => p.key),
      'x-errors': { enum: `"{value}" is not a ring target; write ${forms}` },
    },
    else: {
      title: 'Ring target',
      type: 'object',
      properties: Object.fromEntries(objects.map((p) => [p.key, p.schema])),
      additionalProperties: false,
      minProperties: 1,
      maxProperties: 1,
      'x-errors': {
        minProperties: `a ring target needs ${orList(keys)}`,
        maxProperties: `a ring target is ${either}${orList(keys.map((k) => `{${k}: …}`))}; put them in separate entries`,
      },
    },
    'x-errors': { type: `write ${forms}` },
  };
}

function destinationDefinition(): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const nested = new Map<string, { wrapper: JsonSchema; properties: Record<string, JsonSchema> }>();
  for (const p of destinationParts()) {
    if (!p.schema) continue;
    const [top, sub] = p.key.split('.');
    if (sub === undefined) {
      properties[top] = p.schema;
      continue;
    }
    const group = nested.get(top) ?? { wrapper: p.nestedIn ?? {}, properties: {} };
    group.properties[sub] = p.schema;
    nested.set(top, group);
    properties[top] = withProperties(group.wrapper, group.properties);
  }
  const tops = Object.keys(properties);
  const shape = (top: string) => (nested.has(top) ? `{${top}: {${Object.keys(nested.get(top)!.properties).join('|')}}}` : `{${top}: {…}}`);
  return {
    title: 'Destination',
    description: `Exactly one of ${tops.map(shape).join(', ')}.`,
    type: 'object',
    properties,
    additionalProperties: false,
    minProperties: 1,
    maxProperties: 1,
    'x-errors': {
      type: `a destination is ${orList(tops.map((t) => `{${t}: {…}}`))}`,
      minProperties: `a destination needs one of ${tops.join(', ')}`,
      maxProperties: `a destination takes exactly one of ${tops.join(', ')}`,
    },
  };
}

function greetingSectionDefinition(): JsonSchema {
  return {
    title: 'Greeting section',
    description: 'What callers hear before and while they are connected. An absent action keeps its live value.',
    type: 'object',
    properties: Object.fromEntries(greetingActionParts().map((p) => [p.key, p.schema])),
    additionalProperties: false,
  };
}

/** The generated definitions, by name. */
export function partsSchemaDefinitions(): Record<string, JsonSchema> {
  return {
    ringTarget: ringTargetDefinition(),
    ringAlways: ringAlways.schema(),
    destination: destinationDefinition(),
    greetingSection: greetingSectionDefinition(),
  };
}

/** A schema without ringform's `x-errors` messages (the routing-test schema is checked by plain ajv). */
function plain(schema: JsonSchema): JsonSchema {
  return JSON.parse(JSON.stringify(schema, (k, v: unknown) => (k === 'x-errors' ? undefined : v))) as JsonSchema;
}

/** `a ring target is mobile-apps, desktop-apps, {coworker: <extension>} …`: the routing-test message, from the registry. */
export function routingTestRingTargetMessage(): string {
  const parts = ringTargetParts().filter((p) => p.word || p.routingTestSchema || p.schema);
  return `a ring target is ${orList(parts.map((p) => p.writtenAs))}`;
}

/** A routing test's `endsAt`: one key, the routing-test form of an end part. */
function endsAtDefinition(): JsonSchema {
  const forms = endParts().flatMap((p) => (p.expect ? [p.expect] : []));
  return {
    title: 'Ends at',
    description: `How the call ends: ${orList(forms.map((f) => f.writtenAs))}.`,
    type: 'object',
    properties: Object.fromEntries(forms.map((f) => [f.key, plain(f.schema)])),
    additionalProperties: false,
    minProperties: 1,
    maxProperties: 1,
  };
}

/**
 * The definitions of schemas/routing-test-v1.schema.json the parts own: `ringTarget`, each
 * part's routing-test form (`routingTestSchema`, else its manifest `schema`), and `endsAt`,
 * each end part's routing-test form (`expect`). The validator
 * uses the registry's at run time; `npm run gen:schema` writes them into the file for editors.
 */
export function routingTestSchemaDefinitions(): Record<string, JsonSchema> {
  const parts = ringTargetParts().filter((p) => p.word || p.routingTestSchema || p.schema);
  return {
    ringTarget: {
      title: 'Ring target',
      description: `${orList(parts.map((p) => (p.word ? `\`${p.key}\`` : p.writtenAs)))}, as in manifests.`,
      anyOf: [
        { type: 'string', enum: parts.filter((p) => p.word).map((p) => p.key) },
        ...parts
          .filter((p) => !p.word)
          .map((p) => ({
            type: 'object',
            properties: { [p.key]: plain(p.routingTestSchema ?? p.schema ?? {}) },
            required: [p.key],
            additionalProperties: false,
          })),
      ],
    },
    endsAt: endsAtDefinition(),
  };
}

/** JSON as the schema file writes it: two-space indent, non-ASCII escaped (`\u2026`). */
function fileJson(value: unknown, indent: string): string {
  const text = JSON.stringify(value, null, 2).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return text.split('\n').join(`\n${indent}`);
}

/**
 * The schema file's text with the named definitions replaced, the rest left byte for byte
 * (others edit the file too; only the parts' definitions are generated).
 */
export function spliceDefinitions(fileText: string, definitions: Record<string, JsonSchema>): string {
  let text = fileText;
  for (const [name, schema] of Object.entries(definitions)) {
    const open = `\n    ${JSON.stringify(name)}: {`;
    const start = text.indexOf(open);
    if (start < 0) throw new Error(`the schema has no definition "${name}"`);
    const end = text.indexOf('\n    }', start + open.length);
    text = `${text.slice(0, start)}\n    ${JSON.stringify(name)}: ${fileJson(schema, '    ')}${text.slice(end + '\n    }'.length)}`;
  }
  return text;
}
