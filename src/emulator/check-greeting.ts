import type { Problems } from './api-error.js';
import type { Directory } from './account-model.js';
import { at, isNonEmptyString, isObject, type Json } from './json-value.js';
import { standardGreeting } from './standard-greetings.js';

/**
 * A v2 greeting: `{effectiveGreetingType: Preset|Custom, preset: {id}, custom?: {id}}`. The preset
 * must be in the standard dictionary and the custom greeting known to the account, each of the
 * greeting type the place plays (a voicemail preset cannot be a welcome greeting).
 */
export function checkGreeting(p: Problems, path: string, g: unknown, greetingType: string, dir: Directory): Json | undefined {
  if (!isObject(g)) return void p.add(path, 'is required: {effectiveGreetingType, preset: {id}}');
  const kind = g.effectiveGreetingType;
  if (kind !== 'Preset' && kind !== 'Custom') {
    p.add(at(path, 'effectiveGreetingType'), 'is required, Preset or Custom');
  }
  const preset = isObject(g.preset) ? g.preset.id : undefined;
  const presetOk = checkPreset(p, at(at(path, 'preset'), 'id'), preset, greetingType);
  const out: Json = { effectiveGreetingType: kind, preset: { id: preset } };
  if (g.custom !== undefined || kind === 'Custom') {
    const custom = isObject(g.custom) ? g.custom.id : undefined;
    if (!checkCustom(p, at(at(path, 'custom'), 'id'), custom, greetingType, dir)) return undefined;
    out.custom = { id: custom };
  }
  return presetOk ? out : undefined;
}

/** Records the problem and answers false, for checks that are conditions as well. */
function refuse(p: Problems, path: string, why: string): false {
  p.add(path, why);
  return false;
}

function checkPreset(p: Problems, path: string, id: unknown, greetingType: string): boolean {
  if (!isNonEmptyString(id)) return refuse(p, path, 'is required');
  const found = standardGreeting(id);
  if (!found) return refuse(p, path, `standard greeting ${id} does not exist`);
  if (found.type !== greetingType) {
    return refuse(p, path, `standard greeting ${id} is a ${found.type} greeting, ${greetingType} expected`);
  }
  return true;
}

function checkCustom(p: Problems, path: string, id: unknown, greetingType: string, dir: Directory): boolean {
  if (!isNonEmptyString(id)) return refuse(p, path, 'is required when effectiveGreetingType is Custom');
  const found = dir.customGreeting(id);
  if (!found) return refuse(p, path, `custom greeting ${id} does not exist`);
  if (found.type !== greetingType) {
    return refuse(p, path, `custom greeting ${id} is a ${found.type} greeting, ${greetingType} expected`);
  }
  return true;
}
