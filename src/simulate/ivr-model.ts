import type { IvrKeyAction, IvrMenuManifest } from '../core/manifest.js';
import type { IvrKeyModel, IvrRouting, RoutingCall, RoutingOutcome } from '../core/routing.js';
import type { IvrSnapshot } from '../kinds/context.js';
import { keyOfInput } from '../kinds/ivr-menu/ivr-actions.js';
import { ivrMenuForm } from '../kinds/ivr-menu/ivr-menu-form.js';
import type { LiveModelOptions } from './live-to-model.js';
import { e164OrAsWritten, refLabel } from './ext-ref-label.js';

/**
 * IVR menus in the routing model: what each key does, from an IvrMenu document or the live
 * menu, and the outcome of one key press (the call's next key; none left is `noInput`).
 */

const WORDS: Record<string, IvrKeyModel['action']> = {
  'dial-by-name': 'dial-by-name',
  repeat: 'repeat',
  'previous-menu': 'previous-menu',
  'top-menu': 'top-menu',
  operator: 'operator',
  disconnect: 'disconnect',
};

function keyFromManifest(a: IvrKeyAction): IvrKeyModel {
  if (typeof a === 'string') return { action: WORDS[a] };
  if ('transferTo' in a) return { action: 'transfer', target: refLabel(a.transferTo) };
  if ('voicemail' in a) return { action: 'voicemail', target: refLabel(a.voicemail) };
  if ('forwardTo' in a) return { action: 'forward', target: e164OrAsWritten(a.forwardTo.phone) };
  return apiKey(a.raw.action, a.raw.extension?.id === undefined ? undefined : String(a.raw.extension.id), a.raw.phoneNumber);
}

/** An API action (IvrMenuActionsInfo.action) in the model's terms. */
function apiKey(action: string, extension: string | undefined, phone: string | undefined): IvrKeyModel {
  switch (action) {
    case 'Connect':
      return { action: 'transfer', target: extension };
    case 'Voicemail':
      return { action: 'voicemail', target: extension };
    case 'Transfer':
      return { action: 'forward', target: phone };
    case 'DialByName':
      return { action: 'dial-by-name' };
    case 'Repeat':
      return { action: 'repeat' };
    case 'ReturnToPrevious':
      return { action: 'previous-menu' };
    case 'ReturnToRoot':
    case 'ReturnToTopLevelMenu':
      return { action: 'top-menu' };
    case 'ConnectToOperator':
      return { action: 'operator' };
    case 'Disconnect':
      return { action: 'disconnect' };
    default:
      return { action: 'raw', target: action };
  }
}

export function ivrModelFromManifest(m: IvrMenuManifest, label: string): IvrRouting {
  const keys = m.keys && Object.fromEntries(Object.entries(m.keys).map(([k, a]) => [k, keyFromManifest(a as IvrKeyAction)]));
  return { type: 'ivr', label, extensionNumber: String(m.extension), ...(m.name !== undefined && { name: m.name }), ...(keys && { keys }) };
}

export function ivrModelFromLive(snapshot: IvrSnapshot, opts: LiveModelOptions): IvrRouting {
  const byId = new Map((opts.extensions ?? []).map((e) => [e.id, e]));
  const label = (id: string | undefined) => {
    const ext = id === undefined ? undefined : byId.get(id);
    return ext ? `${ext.extensionNumber}${ext.name ? ` (${ext.name})` : ''}` : id;
  };
  const form = snapshot.menu ? ivrMenuForm(snapshot.menu) : undefined;
  const keys: Record<string, IvrKeyModel> = {};
  for (const a of form?.actions ?? []) {
    const key = keyOfInput(a.input);
    if (key === undefined) continue;
    const model = apiKey(a.action, a.extension?.id, a.phoneNumber);
    keys[key] = model.action === 'transfer' || model.action === 'voicemail' ? { ...model, target: label(model.target) } : model;
  }
  return {
    type: 'ivr',
    label: opts.label,
    extensionNumber: form?.extensionNumber ?? '',
    ...(form?.name !== undefined && { name: form.name }),
    ...(opts.timeZone && { timeZone: opts.timeZone }),
    keys,
  };
}

/**
 * One key press: the call's next key (none left: `noInput`). A key the menu does not list does
 * nothing (the prompt plays again); `repeat`, `previous-menu` and `top-menu` end this hop at a
 * menu, which the caller of a whole path follows.
 */
export function routeIvrCall(model: IvrRouting, call: RoutingCall): RoutingOutcome {
  const key = call.press?.[0] ?? 'noInput';
  const base = { greetings: [], ring: [], ringOrder: 'at-once' as const, notes: [] as string[] };
  const handledBy = { kind: 'ivr-key' as const, name: key };
  if (!model.keys) {
    return {
      ...base,
      handledBy: { ...handledBy, default: true },
      endsAt: { type: 'menu', default: true },
      notes: ['the manifest does not state the keys: the call goes wherever the live menu sends it'],
    };
  }
  const a = model.keys[key];
  if (!a) {
    const note =
      key === 'noInput' ? 'no key pressed and no noInput action: the call is disconnected' : `key ${key} does nothing in this menu`;
    return key === 'noInput'
      ? { ...base, handledBy, endsAt: { type: 'disconnect', default: true }, notes: [note] }
      : { ...base, handledBy, endsAt: { type: 'menu' }, notes: [note] };
  }
  switch (a.action) {
    case 'transfer':
      return { ...base, handledBy, endsAt: { type: 'transfer', target: a.target, targetType: 'extension' } };
    case 'voicemail':
      return { ...base, handledBy, endsAt: { type: 'voicemail', target: a.target } };
    case 'forward':
      return { ...base, handledBy, endsAt: { type: 'forward', target: a.target, targetType: 'phone' } };
    case 'repeat':
    case 'previous-menu':
    case 'top-menu':
      return { ...base, handledBy, endsAt: { type: 'menu', target: a.action } };
    case 'raw':
      return { ...base, handledBy, endsAt: { type: 'raw', target: a.target } };
    default:
      return { ...base, handledBy, endsAt: { type: a.action } };
  }
}
