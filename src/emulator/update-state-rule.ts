import { Problems, invalidParameter } from './api-error.js';
import type { Directory } from './account-model.js';
import { isObject } from './json-value.js';
import type { StateId, UserCallHandling } from './user-call-handling.js';
import { checkDispatching } from './check-dispatching.js';

/**
 * PATCH of a state rule (CommStateBasedRuleUpdateRequest). It behaves like a PUT of the
 * dispatching: the body must carry the complete dispatching, which replaces the stored one.
 */
export function updateStateRule(user: UserCallHandling, id: StateId, body: unknown, dir: Directory): void {
  if (!isObject(body)) throw invalidParameter('body', 'must be a JSON object');
  const p = new Problems();
  if (body.dispatching === undefined) {
    p.add('dispatching', 'is required: send the complete dispatching (it replaces the current one)');
  }
  const dispatching = checkDispatching(p, 'dispatching', body.dispatching, id, dir, user.extensionId);
  p.throwIfAny();
  user.rules.set(id, dispatching!);
}
