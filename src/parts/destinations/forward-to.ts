import type { JsonSchema } from '../part.js';

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
