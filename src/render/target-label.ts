import type { ChangeAction, ChangeKind, ChangeTarget } from '../core/plan.js';
import { ownerWords } from '../core/owner-words.js';
import { kindNamed } from '../kinds/index.js';
import { cleanText } from './format-value.js';

/** `+ create`, `~ update`, `- delete`: the one vocabulary of actions across all outputs. */
export const ACTION_SYMBOL: Record<ChangeAction, string> = { create: '+', update: '~', delete: '-' };

export function actionLabel(action: ChangeAction): string {
  return `${ACTION_SYMBOL[action]} ${action}`;
}

/** `user 101 (Alex Smith)`; the name is left out when the planner did not know it. */
export function ownerLabel(target: ChangeTarget): string {
  const name = cleanText(target.ownerName ?? '').trim();
  const base = ownerWords[target.owner].named(cleanText(target.extension ?? ''));
  return name ? `${base} (${name})` : base;
}

/**
 * The object inside the owner, in the words of the manifest, as its kind names it (one
 * vocabulary everywhere): `state work-hours`, `state rule work-hours`, `business-hours rule`,
 * `business hours`, `custom rule "VIP"` (custom rule names quoted: they are free text).
 */
export function objectLabel(kind: ChangeKind, name: string): string {
  return cleanText(kindNamed(kind).label(name));
}

/** `user 101 (Alex Smith) · state rule work-hours`. */
export function targetLabel(kind: ChangeKind, target: ChangeTarget): string {
  return `${ownerLabel(target)} · ${objectLabel(kind, target.name)}`;
}
