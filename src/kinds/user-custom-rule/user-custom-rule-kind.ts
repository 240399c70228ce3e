import type { ApiSchema } from '../../core/api/api-types.js';
import { defaultStateDispatching } from '../../core/defaults.js';
import type { UserCustomRule, UserManifest } from '../../core/manifest.js';
import type { CompileContext, UserSnapshot } from '../context.js';
import { keyByName, type DesiredObject, type LiveObject, type ResourceKind } from '../resource-kind.js';
import { compileDispatching, completeDispatching } from '../shared/compile-dispatching.js';
import { matchLiveRule, renamed } from '../shared/live-match.js';
import { paths } from '../shared/paths.js';
import { workHoursAlways } from '../user-state-rule/user-state-rule-kind.js';
import { compileConditions, normalizeConditions } from './interaction-conditions.js';
import type { DispatchingRequest } from '../../parts/dispatching-request.js';

/** A custom rule as its POST (and its PATCH, whole) writes it. */
type InteractionRuleBody = Omit<ApiSchema<'CommInteractionRuleCreateRequest'>, 'dispatching'> & { dispatching: DispatchingRequest };

function comparableRule(r: ApiSchema<'CommInteractionRuleResource'>): InteractionRuleBody {
  return {
    displayName: String(r.displayName ?? ''),
    enabled: Boolean(r.enabled),
    conditions: normalizeConditions(r.conditions),
    dispatching: completeDispatching(r.dispatching, 'custom'),
  };
}

/** The comparable form `live` keys (a desired rule is compared against it). */
type LiveRule = ReturnType<typeof comparableRule>;

/**
 * Live rules by name. RingCentral does not enforce unique names; when several share one, the
 * second and later are keyed `name (id)`, and a document that manages the name is a plan error
 * naming their ids (shared/live-match.ts).
 */
function liveRules(snapshot: UserSnapshot): Map<string, LiveObject> {
  return keyByName(snapshot.interactionRules, (r) => String(r.displayName ?? ''), comparableRule);
}

function desiredRule(ctx: CompileContext<UserManifest, UserSnapshot>, rule: UserCustomRule, index: number, live?: LiveObject) {
  const origin = ['customRules', index];
  const base = live ? (live.comparable as LiveRule).dispatching : completeDispatching(defaultStateDispatching('custom'), 'custom');
  const comparable: InteractionRuleBody = {
    displayName: rule.name,
    enabled: rule.enabled ?? (live ? (live.comparable as LiveRule).enabled : true),
    conditions: compileConditions(ctx, rule.when, [...origin, 'when']),
    dispatching: compileDispatching({ ...ctx, devices: ctx.live.devices }, rule, base, 'custom', origin, rule.queueCalls),
  };
  return { comparable, origin };
}

/** Custom (interaction) rules: created with POST, updated with PATCH, deleted with DELETE. */
export const userCustomRuleKind: ResourceKind<UserSnapshot> = {
  kind: 'user-custom-rule',
  owner: 'user',
  collection: true,
  place: 'customRules',
  // JSON quoting escapes quotes and control characters inside the name.
  label: (name) => `custom rule ${JSON.stringify(name)}`,
  live: liveRules,

  desired(ctx: CompileContext<UserManifest, UserSnapshot>, live) {
    const out = new Map<string, DesiredObject>();
    const rules = ctx.manifest.customRules ?? [];
    const listed = new Set(rules.map((r) => r.name));
    rules.forEach((rule, i) => {
      const match = matchLiveRule(live, rule.name, rule.renamedFrom, listed);
      if (match.problem) ctx.report(['customRules', i, match.problem.field], match.problem.message);
      const { comparable, origin } = desiredRule(ctx, rule, i, match.key === undefined ? undefined : live.get(match.key));
      const after: string[] = [];
      if (rule.when.state === 'after-hours') {
        after.push('user-state:work-hours');
        if (workHoursAlways(ctx.manifest, ctx.live.stateRules)) {
          ctx.report(
            [...origin, 'when', 'state'],
            `"state: after-hours" needs a work-hours schedule that is not 24/7, and user ${ctx.owner.extensionNumber}'s work-hours is 24/7`,
          );
        }
      }
      out.set(rule.name, { comparable, origin, after, ...renamed(match.key, rule.name) });
    });
    return out;
  },

  request(action, owner, _name, desired, live) {
    if (action === 'create') return { method: 'POST', path: paths.interactionRules(owner.extensionId), body: desired };
    const path = paths.interactionRule(owner.extensionId, live!.id!);
    return action === 'delete' ? { method: 'DELETE', path } : { method: 'PATCH', path, body: desired };
  },
};
