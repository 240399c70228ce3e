import { registerEnd } from '../register.js';

/** A queue call offered to a user: it ends when answered; unanswered, the queue moves on. */
export const answeredOnlyEnd = registerEnd<true>({
  type: 'answered-only',
  outcomeText: () => 'ends when answered; unanswered, the queue moves on',
  expectText: () => 'answered only',
  expect: {
    key: 'answeredOnly',
    writtenAs: '{answeredOnly: true} (queue calls: rings, then back to the queue)',
    schema: { const: true },
    matches: () => true,
    text: () => 'answered only',
  },
});
