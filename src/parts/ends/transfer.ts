import type { ExtRef } from '../../core/manifest.js';
import { refLabel, sameLabel } from '../ref-label.js';
import { registerEnd } from '../register.js';

/**
 * A call transferred to an extension (`target`): a site rule, the company's Bypass, an IVR
 * key's Connect, a queue's transfer. No target: the rule is not stated and points wherever it
 * points live.
 */
export const transferEnd = registerEnd<ExtRef>({
  type: 'transfer',
  outcomeText: (e) => (e.target ? `transfers to ${e.target}` : 'transfers to the destination set live'),
  expectText: (e) => (e.target ? `transfer to ${e.target}` : 'transfer to the destination set live'),
  expect: {
    key: 'transfer',
    writtenAs: "{transfer: <extension>} (sites; the company's Bypass)",
    schema: { $ref: '#/definitions/extRef' },
    matches: (x, e) => sameLabel(refLabel(x), e.target ?? ''),
    text: (x) => `transfer to ${refLabel(x)}`,
  },
});
