import type { ExtRef } from '../../core/manifest.js';
import { normalizePhone } from '../../core/phone.js';
import type { EndPart, JsonSchema } from '../part.js';
import { e164OrAsWritten, refLabel, sameLabel } from '../ref-label.js';

/** The `forwardTo` object that holds the two forwarding destinations (`phone`, `extension`). */
export const FORWARD_TO: JsonSchema = {
  title: 'Forwarding destination',
  description: 'Forward the call to {phone: <number>} or {extension: <extension>}.',
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  maxProperties: 1,
  'x-errors': {
    minProperties: 'forwardTo needs phone or extension',
    maxProperties: 'forwardTo takes either phone or extension, not both',
  },
};

/** Written like a phone number rather than an extension number: `+1…`, `(408) 555-…`. */
function looksLikePhone(text: string): boolean {
  return /^\s*\+/.test(text) || /[\s()-]/.test(text.trim());
}

/**
 * A call forwarded on: to a phone number (`targetType: 'phone'`, compared as E.164) or to an
 * extension. Both forwardTo forms (and a menu's or queue's forwarding) end here.
 */
export const forwardEnd: EndPart<ExtRef> = {
  type: 'forward',
  outcomeText: (e) => `forwards to ${e.target}`,
  expectText: (e) => `forward to ${e.target}`,
  expect: {
    key: 'forward',
    writtenAs: '{forward: <phone or extension>}',
    schema: { $ref: '#/definitions/extRef' },
    matches: (x, e) =>
      e.targetType === 'phone' ? e164OrAsWritten(refLabel(x)) === (e.target ?? '') : sameLabel(refLabel(x), e.target ?? ''),
    text: (x) => `forward to ${refLabel(x)}`,
    check: (x) => {
      if (typeof x !== 'string' || !looksLikePhone(x)) return undefined;
      const parsed = normalizePhone(x);
      return parsed.ok ? undefined : parsed.error;
    },
  },
};
