import type { ErrorObject } from 'ajv';
import { ERRORS_KEYWORD } from './manifest-schema.js';

type SchemaNode = Record<string, unknown> & { title?: string; properties?: Record<string, unknown> };

/**
 * One clear sentence for one ajv error: the schema's own wording (`x-errors`) when it has one,
 * else a message that names the field and what is allowed instead of ajv's generic text.
 */
export function schemaMessage(error: ErrorObject, knownFields: Set<string>, field?: string): string {
  const parent = (error.parentSchema ?? {}) as SchemaNode;
  const custom = (parent[ERRORS_KEYWORD] as Record<string, string> | undefined)?.[error.keyword];
  const params = error.params as Record<string, unknown>;
  const fill = (text: string, key?: string) => text.replaceAll('{value}', String(error.data)).replaceAll('{key}', key ?? '');
  switch (error.keyword) {
    case 'additionalProperties':
      return unknownField(String(params.additionalProperty), parent, knownFields, custom ? (k) => fill(custom, k) : undefined);
    default:
      if (custom) return fill(custom);
      return genericMessage(error, params, field);
  }
}

function unknownField(key: string, parent: SchemaNode, knownFields: Set<string>, custom: ((key: string) => string) | undefined): string {
  const allowed = Object.keys(parent.properties ?? {});
  const allowedText = allowed.length > 0 ? ` (allowed: ${allowed.join(', ')})` : '';
  if (knownFields.has(key)) {
    // A real field in the wrong place: say where it is not allowed (capability table, forms).
    if (custom) return custom(key);
    const title = (parent.title ?? 'this object').toLowerCase();
    const preposition = title.endsWith('rule') ? 'on' : 'in';
    return `"${key}" is not allowed ${preposition} the ${title}${allowedText}`;
  }
  const suggestion = closest(key, allowed);
  return `unknown field "${key}"${suggestion ? ` (did you mean "${suggestion}"?)` : allowedText}`;
}

function genericMessage(error: ErrorObject, params: Record<string, unknown>, field?: string): string {
  const subject = field ? `"${field}"` : 'this item';
  switch (error.keyword) {
    case 'type':
      return `${subject} must be ${typeNames(params.type)}, not ${describe(error.data)}`;
    case 'enum':
      return `${subject} must be one of ${(params.allowedValues as unknown[]).map(String).join(', ')} (got ${describe(error.data)})`;
    case 'const':
      return `${subject} must be ${JSON.stringify(params.allowedValue)}`;
    case 'minItems':
      return `${subject} needs at least ${String(params.limit)} item(s)`;
    case 'maxItems':
      return `${subject} takes at most ${String(params.limit)} item(s)`;
    case 'minLength':
      return `${subject} must not be empty`;
    default:
      return `${subject} ${error.message ?? 'is not valid'}`;
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
  null: 'empty',
};

function typeNames(type: unknown): string {
  const list = String(type).split(',');
  return list.map((t) => TYPE_NAMES[t] ?? t).join(' or ');
}

/** How a wrong value reads in a message: `a list`, `the string "20"`, `the number 7`. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  if (typeof value === 'boolean') return String(value);
  return `the number ${String(value)}`;
}

/**
 * The allowed name a typo most likely meant (edit distance ≤ 2, or same letters ignoring case);
 * a name that shares no letter with the key (`A` for the IVR key `0`) is no suggestion.
 */
function closest(key: string, allowed: string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of allowed) {
    const distance = name.toLowerCase() === key.toLowerCase() ? 0 : editDistance(key, name);
    if (distance <= 2 && distance < key.length && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}
