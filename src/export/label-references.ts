import type { ExtRef } from '../core/manifest.js';
import type { ExtensionInfo, StandardGreeting } from '../core/references.js';
import { ruleReferences } from '../kinds/shared/transfer-reference.js';

/** What a reviewer needs to read ids as names: the account's extensions and, when read, the greetings dictionary. */
export interface ReferenceNames {
  extension(ref: ExtRef): ExtensionInfo | undefined;
  greetings?: readonly StandardGreeting[];
}

/**
 * Manifest keys whose value is an extension reference `<ext>`: the last key of each one the
 * parts and kinds declare, and `voicemail` and `site`, which name extensions in IVR menus (a
 * user's `voicemail: {mailbox}` is no reference itself: only a reference-shaped value is labelled).
 */
const extensionKeys = () =>
  new Set([...ruleReferences().flatMap((r) => (r.reference === 'extension' ? [r.suffix[r.suffix.length - 1]] : [])), 'voicemail', 'site']);

/** Manifest keys whose value is a list of extension references (a call queue's members, ring order, overflow queues). */
const EXTENSION_LIST_KEYS = new Set(['members', 'order', 'queues']);

const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function isExtRef(v: unknown): v is ExtRef {
  if (typeof v === 'string' || typeof v === 'number') return true;
  return isPlainObject(v) && Object.keys(v).length === 1 && ['id', 'email', 'name'].some((k) => k in v);
}

/** `"102 (Kim Lee)"`: the number people dial, then who it is; a reference that matches nothing stays as written. */
function extensionLabel(ref: ExtRef, names: ReferenceNames): unknown {
  const ext = names.extension(ref);
  if (!ext) return ref;
  const number = ext.extensionNumber || `id ${ext.id}`;
  return ext.name ? `${number} (${ext.name})` : number;
}

/** `"66560 (Holiday)"`: a preset id with its dictionary name; a preset written by name stays as written. */
function presetLabel(preset: unknown, names: ReferenceNames): unknown {
  const found = names.greetings?.find((g) => g.id === String(preset));
  return found?.name ? `${found.id} (${found.name})` : preset;
}

/**
 * A manifest value with names beside the ids a reviewer cannot read: the extension references
 * the parts and kinds declare (`coworker`, `forwardTo.extension`, `voicemail.mailbox`,
 * `transferTo`, …) and preset greetings.
 * `key` is the manifest key the value sits under (the last segment of its path). Pure.
 */
export function labelReferences(value: unknown, key: string | number | undefined, names: ReferenceNames): unknown {
  if (typeof key === 'string' && extensionKeys().has(key) && isExtRef(value)) return extensionLabel(value, names);
  if (key === 'preset' && (typeof value === 'string' || typeof value === 'number')) return presetLabel(value, names);
  if (typeof key === 'string' && EXTENSION_LIST_KEYS.has(key) && Array.isArray(value))
    return value.map((v) => (isExtRef(v) ? extensionLabel(v, names) : labelReferences(v, undefined, names)));
  if (Array.isArray(value)) return value.map((v) => labelReferences(v, undefined, names));
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, labelReferences(v, k, names)]));
}

/** True when a value names a preset greeting somewhere (so the dictionary is worth reading for names). */
export function mentionsPreset(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(mentionsPreset);
  if (!isPlainObject(value)) return false;
  return Object.entries(value).some(([k, v]) => k === 'preset' || mentionsPreset(v));
}
