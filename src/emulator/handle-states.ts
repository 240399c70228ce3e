import { invalidParameter, notFound } from './api-error.js';
import type { ExtensionRecord } from './account-model.js';
import { ok, type ApiRequest, type Handler } from './api-request.js';
import type { Json } from './json-value.js';
import { v2List } from './paging.js';
import { presentState, presentStateRule } from './present-user.js';
import { v2UserOf } from './resolve-path.js';
import { updateStateRule } from './update-state-rule.js';
import { updateUserState } from './update-user-state.js';
import { STATE_IDS, type StateId, type UserCallHandling } from './user-call-handling.js';
import { localNow } from '../core/local-time.js';

/**
 * v2 states and state rules. The `stateId` path enums differ per operation, as in the spec:
 * states/{stateId} (CommUpdateStateId) has no after-hours, even for GET; state-rules/{stateId}
 * (CommStateId) has it. A valid id whose state does not exist for the user (after-hours while
 * work-hours is 24/7, agent for a non-member) is a 404.
 */

const STATE_PATH_IDS: StateId[] = ['work-hours', 'forward-all-calls', 'agent', 'dnd'];

function stateIdOf(req: ApiRequest, user: UserCallHandling, allowed: StateId[]): StateId {
  const id = req.params.stateId;
  if (!allowed.includes(id as StateId)) throw invalidParameter('stateId', `must be one of ${allowed.join(', ')}`);
  if (!user.has(id as StateId)) throw notFound('stateId', id);
  return id as StateId;
}

function existing(user: UserCallHandling): StateId[] {
  return STATE_IDS.filter((id) => user.has(id));
}

/**
 * States and state rules are served alike: a list of the user's existing states, and one by id
 * out of the ids the operation's path takes; what differs is how each reads and is updated.
 */
function stateHandlers(
  present: (user: UserCallHandling, id: StateId) => Json,
  pathIds: StateId[],
  update: (req: ApiRequest, ext: ExtensionRecord, user: UserCallHandling, id: StateId) => void,
): { list: Handler; read: Handler; patch: Handler } {
  return {
    list(req) {
      const { user } = v2UserOf(req);
      return ok(
        v2List(
          req,
          existing(user).map((id) => present(user, id)),
        ),
      );
    },
    read(req) {
      const { user } = v2UserOf(req);
      return ok(present(user, stateIdOf(req, user, pathIds)));
    },
    patch(req) {
      const { ext, user } = v2UserOf(req);
      const id = stateIdOf(req, user, pathIds);
      update(req, ext, user, id);
      return ok(present(user, id));
    },
  };
}

export const states = stateHandlers(presentState, STATE_PATH_IDS, (req, ext, user, id) =>
  updateUserState(user, id, req.body, localNow(new Date(), ext.timezone)),
);
export const stateRules = stateHandlers(presentStateRule, STATE_IDS, (req, _ext, user, id) =>
  updateStateRule(user, id, req.body, req.model),
);
