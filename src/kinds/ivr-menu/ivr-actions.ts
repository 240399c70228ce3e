import type { IvrKey, IvrNamedAction } from '../../core/manifest.js';
import type { ApiSchema } from '../../core/api/api-types.js';

/**
 * The words of an IVR menu's keys (manifest-v1.md "kind: IvrMenu") against the API's
 * (IvrMenuActionsInfo): the keys `*` and `#` are the inputs Star and Hash, `noInput` NoInput; the
 * bare-word actions are the API actions that need nothing else.
 */

export type IvrInput = NonNullable<ApiSchema<'IvrMenuActionsInfo'>['input']>;
export type IvrApiAction = NonNullable<ApiSchema<'IvrMenuActionsInfo'>['action']>;

export const KEY_INPUT: Record<IvrKey, IvrInput> = {
  '0': '0',
  '1': '1',
  '2': '2',
  '3': '3',
  '4': '4',
  '5': '5',
  '6': '6',
  '7': '7',
  '8': '8',
  '9': '9',
  '*': 'Star',
  '#': 'Hash',
  noInput: 'NoInput',
};

/** The manifest key of an API input. */
export function keyOfInput(input: string): IvrKey | undefined {
  return (Object.keys(KEY_INPUT) as IvrKey[]).find((k) => KEY_INPUT[k] === input);
}

/** Keys in the order menus are compared and written: 1–9, 0, *, #, no input (a phone's keypad). */
export const KEY_ORDER: readonly IvrKey[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#', 'noInput'];

export const NAMED_ACTION_API: Record<IvrNamedAction, IvrApiAction> = {
  'dial-by-name': 'DialByName',
  repeat: 'Repeat',
  'previous-menu': 'ReturnToPrevious',
  'top-menu': 'ReturnToRoot',
  operator: 'ConnectToOperator',
  disconnect: 'Disconnect',
};

/** The bare word of an API action, when it has one. */
export function namedActionOf(action: string): IvrNamedAction | undefined {
  return (Object.keys(NAMED_ACTION_API) as IvrNamedAction[]).find((n) => NAMED_ACTION_API[n] === action);
}

/** One key in comparable (request) form. */
export interface IvrActionForm {
  input: string;
  action: string;
  extension?: { id: string };
  phoneNumber?: string;
}

/** Keypad order of a list of actions (inputs the API may add later go last, by name). */
export function sortActions(actions: IvrActionForm[]): IvrActionForm[] {
  const rank = (a: IvrActionForm) => {
    const key = keyOfInput(a.input);
    return key === undefined ? KEY_ORDER.length : KEY_ORDER.indexOf(key);
  };
  return [...actions].sort((a, b) => rank(a) - rank(b) || a.input.localeCompare(b.input));
}
