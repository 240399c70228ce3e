import type { RoutingTarget } from '../../core/routing.js';
import { e164 } from '../compile-env.js';
import { canonicalPhone, exactE164, fail, ok } from '../converted.js';
import type { LiveObject } from '../part.js';
import { e164OrAsWritten } from '../ref-label.js';
import { registerRingTarget } from '../register.js';

type Written = { phone: string };

const numberOf = (t: LiveObject) => (t.destination as { phoneNumber?: unknown } | undefined)?.phoneNumber;
const named = (t: RoutingTarget) => (typeof t === 'string' ? t : String(t.phone));

/** `{phone: <phone>}` = PhoneNumberRingTarget: an external number, in E.164. */
export const phone = registerRingTarget<Written>({
  key: 'phone',
  references: [{ path: ['phone'], reference: 'phone', role: 'the number to ring' }],
  apiTypes: ['PhoneNumberRingTarget'],
  writtenAs: '{phone: <number>}',
  schema: { description: 'Ring an external phone number.', $ref: '#/definitions/phone' },
  compile: (t, env, path) => ({ type: 'PhoneNumberRingTarget', destination: { phoneNumber: e164(env, t.phone, [...path, 'phone']) } }),
  comparable: (t) => ({ type: 'PhoneNumberRingTarget', destination: { phoneNumber: canonicalPhone(numberOf(t)) } }),
  toManifest: (t) => {
    const number = exactE164(numberOf(t));
    return number ? ok({ phone: number }) : fail(`the ring target phone number "${String(numberOf(t))}" (not E.164)`);
  },
  routing: (t) => ({ phone: String(numberOf(t)) }),
  routingOfWritten: (t) => ({ phone: e164OrAsWritten(t.phone) }),
  describe: named,
  expectText: (t) => `{phone: "${named(t)}"}`,
  expectKey: (t) => `phone:${named(t)}`,
  reviewName: (t) => `phone ${String(numberOf(t))}`,
});
