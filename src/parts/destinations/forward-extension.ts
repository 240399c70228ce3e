import type { ExtRef } from '../../core/manifest.js';
import type { ForwardingSet, LiveObject } from '../part.js';
import { extensionId } from '../compile-env.js';
import { fail, ok } from '../converted.js';
import { refLabel } from '../ref-label.js';
import { registerDestination } from '../register.js';
import { FORWARD_TO, forwardEnd } from './forward-to.js';

type Written = { forwardTo: { extension: ExtRef } };

const TYPE = 'ExtensionTerminatingTarget';
const idOf = (t: LiveObject | undefined) => (t?.extension as { id?: unknown } | undefined)?.id;

/** `{forwardTo: {extension}}` = ExtensionTerminatingTarget: any extension of the account. */
export const forwardExtension = registerDestination<Written>({
  key: 'forwardTo.extension',
  apiType: TYPE,
  references: [{ path: ['forwardTo', 'extension'], reference: 'extension', role: 'the extension calls are forwarded to' }],
  writtenAs: '{forwardTo: {extension: <extension>}}',
  placement: 'owned',
  nestedIn: FORWARD_TO,
  schema: { description: 'Any extension of the account (user, call queue, IVR, site…).', $ref: '#/definitions/extRef' },
  compile: (term, set: ForwardingSet, d, env, path) => {
    const id = extensionId(env, d.forwardTo.extension, [...path, 'forwardTo', 'extension']);
    return { ...term, targets: [...term.targets, { type: TYPE, extension: { id }, dispatchingType: set }] };
  },
  comparable: (t) => ({
    type: TYPE,
    extension: idOf(t) === undefined ? undefined : { id: String(idOf(t)) },
    dispatchingType: t.dispatchingType,
  }),
  toManifest: (t, env) => {
    const extension = env.ref(idOf(t));
    return extension !== undefined
      ? ok({ forwardTo: { extension } })
      : fail(`forwarding to extension id ${String(idOf(t))}, which is not in the account`);
  },
  routing: (t, env) => ({ type: 'forward', target: env.label(String(idOf(t) ?? '?')), targetType: 'extension' }),
  routingOfWritten: (d) => ({ type: 'forward', target: refLabel(d.forwardTo.extension), targetType: 'extension' }),
  end: forwardEnd,
  reviewName: () => 'forward to extension',
  describeLive: (t) => `forward to extension id ${String(idOf(t))}`,
});
