import type { ApiSchema } from '../../core/api/api-types.js';
import { defaultStateDispatching, type DispatchingRuleKind } from '../../core/defaults.js';
import { greetingDefaults } from '../shared/greeting-defaults.js';
import type { StateId, UserManifest } from '../../core/manifest.js';
import { scheduleIsAlways, triggersAreAlways } from '../../core/schedule.js';
import type { CompileContext, UserSnapshot } from '../context.js';
import type { DesiredObject, LiveObject, ResourceKind } from '../resource-kind.js';
import { compileDispatching, completeDispatching } from '../shared/compile-dispatching.js';
import { normalizeDispatching } from '../shared/normalize-dispatching.js';
import type { DispatchingRequest } from '../../parts/dispatching-request.js';
import { paths } from '../shared/paths.js';
import { liveStates } from '../shared/state-conditions.js';

const RULE_IDS: StateId[] = ['work-hours', 'after-hours', 'forward-all-calls', 'dnd', 'agent'];

/** A state rule as its PATCH writes it: the whole dispatching. */
type StateRuleBody = Omit<ApiSchema<'CommStateBasedRuleUpdateRequest'>, 'dispatching'> & { dispatching: DispatchingRequest };

/** Whether work-hours will be 24/7 once the plan runs: the manifest's schedule, else live. */
export function workHoursAlways(manifest: UserManifest, stateRules: ApiSchema<'CommStateBasedRuleResource'>[]): boolean {
  const written = manifest.states?.['work-hours']?.schedule;
  if (written !== undefined) return scheduleIsAlways(written);
  const live = liveStates(stateRules).get('work-hours');
  const condition = live?.conditions?.find((c) => c?.type === 'Schedule');
  return condition ? triggersAreAlways(condition.schedule?.triggers) : true;
}

/** State rules (`PATCH .../voice/state-rules/{stateId}`): the full dispatching of each state. */
export const userStateRuleKind: ResourceKind<UserSnapshot> = {
  kind: 'user-state-rule',
  owner: 'user',
  collection: false,
  place: 'rules',
  label: (name) => `state rule ${name}`,

  live(snapshot) {
    const out = new Map<string, LiveObject>();
    for (const r of snapshot.stateRules) {
      if (!r?.id) continue;
      const kind = String(r.id) as DispatchingRuleKind;
      // Normalized on first use: most plans compare one or two of a user's five rules.
      let comparable: StateRuleBody | undefined;
      out.set(String(r.id), {
        id: String(r.id),
        get comparable() {
          comparable ??= {
            dispatching: RULE_IDS.includes(kind as StateId)
              ? completeDispatching(r.dispatching, kind)
              : normalizeDispatching(r.dispatching),
          };
          return comparable;
        },
      });
    }
    return out;
  },

  desired(ctx: CompileContext<UserManifest, UserSnapshot>, live) {
    const out = new Map<string, DesiredObject>();
    const rules = ctx.manifest.rules ?? {};
    for (const id of RULE_IDS) {
      const rule = rules[id];
      if (!rule) continue;
      const origin = ['rules', id];
      let base = live.get(id)?.comparable as StateRuleBody | undefined;
      let liveView: unknown;
      if (!base) {
        if (id === 'after-hours' && !workHoursAlways(ctx.manifest, ctx.live.stateRules)) {
          // RingCentral creates the after-hours rule (with its defaults) when work-hours stops being 24/7.
          base = {
            dispatching: completeDispatching(defaultStateDispatching('after-hours', greetingDefaults(ctx.resolver)), 'after-hours'),
          };
          liveView = base;
        } else {
          ctx.report(origin, missingRuleMessage(id, ctx.owner.extensionNumber));
          continue;
        }
      }
      const dispatching = compileDispatching(
        { ...ctx, devices: ctx.live.devices },
        rule,
        base.dispatching,
        id as DispatchingRuleKind,
        origin,
      );
      // after-hours exists only once work-hours is not 24/7; an agent that follows work-hours
      // takes its ring settings from it, so its own rule is written last.
      const after =
        id === 'after-hours' ? ['user-state:work-hours'] : id === 'agent' ? ['user-state:agent', 'user-state-rule:work-hours'] : [];
      const comparable: StateRuleBody = { dispatching };
      out.set(id, { comparable, origin, after, liveView });
    }
    return out;
  },

  request(_action, owner, name, desired) {
    return { method: 'PATCH', path: paths.stateRule(owner.extensionId, name), body: desired };
  },
};

function missingRuleMessage(id: StateId, ext: string): string {
  if (id === 'after-hours') {
    return `user ${ext} has no after-hours rule: it exists only while work-hours is not 24/7, and work-hours is 24/7 (set states.work-hours.schedule)`;
  }
  if (id === 'agent') return `user ${ext} has no agent rule (it exists only for members of a call queue)`;
  return `user ${ext} has no ${id} rule`;
}
