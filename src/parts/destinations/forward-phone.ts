import type { ForwardingSet, LiveObject } from '../part.js';
import { e164 } from '../compile-env.js';
import { canonicalPhone, exactE164, fail, ok } from '../converted.js';
import { e164OrAsWritten } from '../ref-label.js';
import { registerDestination } from '../register.js';
import { FORWARD_TO, forwardEnd } from './forward-to.js';

type Written = { forwardTo: { phone: string } };

const TYPE = 'PhoneNumberTerminatingTarget';
const numberOf = (t: LiveObject | undefined) => (t?.destination as { phoneNumber?: unknown } | undefined)?.phoneNumber;

/** `{forwardTo: {phone}}` = PhoneNumberTerminatingTarget: forward to an external number. */
export const forwardPhone = registerDestination<Written>({
  key: 'forwardTo.phone',
  references: [{ path: ['forwardTo', 'phone'], reference: 'phone', role: 'the number calls are forwarded to' }],
  apiType: TYPE,
  writtenAs: '{forwardTo: {phone: <number>}}',
  placement: 'owned',
  nestedIn: FORWARD_TO,
  schema: { description: 'An external phone number.', $ref: '#/definitions/phone' },
  compile: (term, set: ForwardingSet, d, env, path) => {
    const phoneNumber = e164(env, d.forwardTo.phone, [...path, 'forwardTo', 'phone']);
    return { ...term, targets: [...term.targets, { type: TYPE, destination: { phoneNumber }, dispatchingType: set }] };
  },
  comparable: (t) => ({ type: TYPE, destination: { phoneNumber: canonicalPhone(numberOf(t)) }, dispatchingType: t.dispatchingType }),
  toManifest: (t) => {
    const phone = exactE164(numberOf(t));
    return phone ? ok({ forwardTo: { phone } }) : fail(`forwarding to "${String(numberOf(t))}" (not E.164)`);
  },
  routing: (t) => ({ type: 'forward', target: String(numberOf(t) ?? '?'), targetType: 'phone' }),
  routingOfWritten: (d) => ({ type: 'forward', target: e164OrAsWritten(d.forwardTo.phone), targetType: 'phone' }),
  end: forwardEnd,
  reviewName: () => 'forward to phone',
  describeLive: (t) => `forward to ${String(numberOf(t))}`,
});
