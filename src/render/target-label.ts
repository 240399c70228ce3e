import type { ChangeAction, ChangeKind, ChangeTarget } from '../core/plan.js';
import { ownerWords } from '../core/owner-words.js';
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
 * The object inside the owner, in the words of the manifest: states and state rules by their
 * id, custom rules by their quoted name (names are free text with spaces), business hours alone.
 */
export function objectLabel(kind: ChangeKind, name: string): string {
  switch (kind) {
    case 'user-state':
      return `state ${cleanText(name)}`;
    case 'user-state-rule':
      return `state rule ${cleanText(name)}`;
    case 'site-rule':
    case 'company-rule':
      return `rule ${cleanText(name)}`;
    case 'site-business-hours':
    case 'company-business-hours':
      return 'business hours';
    case 'user-custom-rule':
    case 'site-custom-rule':
    case 'company-custom-rule':
      // JSON quoting escapes quotes and control characters inside the name.
      return `custom rule ${JSON.stringify(name)}`;
  }
}

/** `user 101 (Alex Smith) · state rule work-hours`. */
export function targetLabel(kind: ChangeKind, target: ChangeTarget): string {
  return `${ownerLabel(target)} · ${objectLabel(kind, target.name)}`;
}
