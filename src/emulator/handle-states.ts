import { invalidParameter, notFound } from './api-error.js';
import { ok, type ApiRequest, type ApiResponse } from './api-request.js';
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

export function listStates(req: ApiRequest): ApiResponse {
  const { user } = v2UserOf(req);
  return ok(
    v2List(
      req,
      existing(user).map((id) => presentState(user, id)),
    ),
  );
}

export function readState(req: ApiRequest): ApiResponse {
  const { user } = v2UserOf(req);
  return ok(presentState(user, stateIdOf(req, user, STATE_PATH_IDS)));
}

export function patchState(req: ApiRequest): ApiResponse {
  const { ext, user } = v2UserOf(req);
  const id = stateIdOf(req, user, STATE_PATH_IDS);
  updateUserState(user, id, req.body, localNow(new Date(), ext.timezone));
  return ok(presentState(user, id));
}

export function listStateRules(req: ApiRequest): ApiResponse {
  const { user } = v2UserOf(req);
  return ok(
    v2List(
      req,
      existing(user).map((id) => presentStateRule(user, id)),
    ),
  );
}

export function readStateRule(req: ApiRequest): ApiResponse {
  const { user } = v2UserOf(req);
  return ok(presentStateRule(user, stateIdOf(req, user, STATE_IDS)));
}

export function patchStateRule(req: ApiRequest): ApiResponse {
  const { user } = v2UserOf(req);
  const id = stateIdOf(req, user, STATE_IDS);
  updateStateRule(user, id, req.body, req.model);
  return ok(presentStateRule(user, id));
}
