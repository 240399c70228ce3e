import { ownerTypeOfKind, ownerWords, type OwnerWords } from '../core/owner-words.js';
import { OWNER_TYPES, type OwnerType } from '../core/plan.js';
import type { PathSeg } from '../core/path.js';

/**
 * Read-only accessors over a document's data that may not have passed the schema: semantic
 * checks run on every document so that one run reports everything, and they look only at
 * values of the shape they understand (anything else is the schema check's to report).
 */
export type Obj = Record<string, unknown>;

export interface At<T = unknown> {
  path: PathSeg[];
  value: T;
}

export function asObj(value: unknown): Obj | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : undefined;
}

export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The object at `key` of `parent`, with its path. */
export function child(parent: At<Obj>, key: string): At<Obj> | undefined {
  const value = asObj(parent.value[key]);
  return value ? { path: [...parent.path, key], value } : undefined;
}

/** The objects of the list at `key` of `parent`, with their paths. */
export function childList(parent: At<Obj>, key: string): At<Obj>[] {
  const out: At<Obj>[] = [];
  asList(parent.value[key]).forEach((item, i) => {
    const value = asObj(item);
    if (value) out.push({ path: [...parent.path, key, i], value });
  });
  return out;
}

export function root(data: unknown): At<Obj> | undefined {
  const value = asObj(data);
  return value ? { path: [], value } : undefined;
}

/** The `kind` of an owner type's documents (ownerWords). */
export type ManifestKind = OwnerWords['manifestKind'];

export function kindOf(data: unknown): ManifestKind | undefined {
  const kind = asObj(data)?.kind;
  return OWNER_TYPES.map((t) => ownerWords[t].manifestKind).find((k) => k === kind);
}

/** The owner type of a document kind, for the validation tables keyed by owner type. */
export function ownerTypeOf(kind: ManifestKind): OwnerType {
  return ownerTypeOfKind(kind);
}

/** Where a rule body sits: a state rule (by state id) or a user custom rule. */
export type BodyPlace = 'work-hours' | 'after-hours' | 'forward-all-calls' | 'dnd' | 'agent' | 'custom';

/** Every user rule body (state rules and custom rules) with its place. */
export function userRuleBodies(doc: At<Obj>): (At<Obj> & { place: BodyPlace })[] {
  const out: (At<Obj> & { place: BodyPlace })[] = [];
  const rules = child(doc, 'rules');
  if (rules) {
    for (const key of Object.keys(rules.value)) {
      const body = child(rules, key);
      if (body) out.push({ ...body, place: key as BodyPlace });
    }
  }
  for (const rule of childList(doc, 'customRules')) out.push({ ...rule, place: 'custom' });
  return out;
}

/** Non-empty list (an empty `callers: []` is no condition). */
export function hasItems(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}
