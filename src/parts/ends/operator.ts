import { registerEnd } from '../register.js';

/** The operator: a company rule's Operator action (after the company greeting), an IVR key's. */
export const operatorEnd = registerEnd<Record<string, never>>({
  type: 'operator',
  outcomeText: () => 'goes to the operator',
  expectText: () => 'operator',
  expect: {
    key: 'operator',
    writtenAs: '{operator: {}} (the company)',
    schema: { type: 'object', additionalProperties: false },
    matches: () => true,
    text: () => 'operator',
  },
});
