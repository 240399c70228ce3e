import { registerEnd } from '../register.js';

/** Hung up: a company rule's Disconnect action (after the company greeting), an IVR menu's. */
export const disconnectEnd = registerEnd<Record<string, never>>({
  type: 'disconnect',
  outcomeText: () => 'hangs up',
  expectText: () => 'disconnect',
  expect: {
    key: 'disconnect',
    writtenAs: '{disconnect: {}} (the company)',
    schema: { type: 'object', additionalProperties: false },
    matches: () => true,
    text: () => 'disconnect',
  },
});
