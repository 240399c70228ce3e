import type { ApiSchema } from '../../core/api/api-types.js';
import type { CallQueueManifest, QueueCustomRule, QueueDestination } from '../../core/manifest.js';
import type { PathSeg } from '../../core/path.js';
import type { CompileContext, QueueSnapshot } from '../context.js';
import { keyByName, type DesiredObject, type ResourceKind } from '../resource-kind.js';
import { e164 } from '../shared/compile-env.js';
import { matchLiveRule, renamed } from '../shared/live-match.js';
import { paths } from '../shared/paths.js';
import { normalizeV1Conditions, v1CallerForm, v1ScheduleForm, withoutEmptyLists } from '../shared/v1-conditions.js';
import { queueHoursAlways } from './queue-business-hours-kind.js';
import { desiredMemberIds } from './queue-members-kind.js';
import { destinationForm, queueRuleForm, ringingForm, type QueueRuleForm } from './queue-forms.js';

type RuleInfo = ApiSchema<'CallHandlingRuleInfo'>;

/** A live custom rule as compared: name, enabled, conditions, and what it does. */
export function queueCustomRuleForm(r: RuleInfo) {
  return {
    name: String(r.name ?? ''),
    enabled: r.enabled ?? true,
    ...normalizeV1Conditions({
      callers: r.callers,
      calledNumbers: r.calledNumbers,
      schedule: r.schedule && {
        ref: r.schedule.ref,
        ranges: r.schedule.ranges?.map((x) => ({ from: x.from ?? '', to: x.to ?? '' })),
        weeklyRanges: r.schedule.weeklyRanges,
      },
    }),
    ...queueRuleForm(r, 'other'),
  };
}

/** The destination a custom rule without `queue` names (exactly one, checked by validation). */
function destinationOf(rule: QueueCustomRule): QueueDestination | undefined {
  if (rule.voicemail !== undefined) return { voicemail: rule.voicemail };
  if (rule.transferTo !== undefined) return { transferTo: rule.transferTo };
  if (rule.forwardTo !== undefined) return { forwardTo: rule.forwardTo };
  if (rule.announcement !== undefined) return { announcement: rule.announcement };
  return undefined;
}

function desiredRule(ctx: CompileContext<CallQueueManifest, QueueSnapshot>, rule: QueueCustomRule, i: number, live: unknown) {
  const origin: PathSeg[] = ['customRules', i];
  const when = rule.when ?? {};
  const conditions = normalizeV1Conditions({
    callers: (when.callers ?? []).map((c, j) => v1CallerForm(ctx, c, [...origin, 'when', 'callers', j])),
    calledNumbers: (when.calledNumbers ?? []).map((n, j) => ({ phoneNumber: e164(ctx, n, [...origin, 'when', 'calledNumbers', j]) })),
    schedule: v1ScheduleForm(when.schedule),
  });
  let action: QueueRuleForm;
  const destination = destinationOf(rule);
  if (rule.queue !== undefined) {
    // Ringing fields the rule leaves out keep the live rule's (a new rule: RingCentral's defaults).
    const base: QueueRuleForm =
      live && (live as QueueRuleForm).callHandlingAction === 'AgentQueue' ? (live as QueueRuleForm) : { callHandlingAction: 'AgentQueue' };
    const { voicemail, queue } = base;
    action = ringingForm(
      ctx,
      ctx.owner.extensionId,
      { callHandlingAction: 'AgentQueue', ...(queue && { queue }), ...(voicemail && { voicemail }) },
      rule.queue,
      [...origin, 'queue'],
      {
        members: desiredMemberIds(ctx),
      },
    );
    delete action.greetings;
  } else {
    action = destination ? destinationForm(ctx, ctx.owner.extensionId, destination, origin) : { callHandlingAction: 'AgentQueue' };
  }
  return { name: rule.name, enabled: rule.enabled ?? true, ...conditions, ...action };
}

/**
 * A call queue's custom answering rules (`type: Custom`): POST, PUT, DELETE; `name` is their
 * identity; evaluated in the order listed. Each rings the members with its own `queue` fields
 * or sends calls to one destination.
 */
export const queueCustomRuleKind: ResourceKind<QueueSnapshot> = {
  kind: 'queue-custom-rule',
  owner: 'queue',
  collection: true,
  triedInOrder: true,
  place: 'customRules',
  label: (name) => `custom rule ${JSON.stringify(name)}`,

  live(snapshot) {
    const custom = snapshot.answeringRules.filter((r) => r?.type === 'Custom');
    return keyByName(custom, (r) => String(r.name ?? ''), queueCustomRuleForm);
  },

  desired(ctx: CompileContext<CallQueueManifest, QueueSnapshot>, live) {
    const out = new Map<string, DesiredObject>();
    const rules = ctx.manifest.customRules ?? [];
    const listed = new Set(rules.map((r) => r.name));
    rules.forEach((rule, i) => {
      const match = matchLiveRule(live, rule.name, rule.renamedFrom, listed);
      if (match.problem) ctx.report(['customRules', i, match.problem.field], match.problem.message);
      const after = ['queue-members:members'];
      const s = rule.when?.schedule;
      if (s && typeof s === 'object' && 'ref' in s) {
        after.push('queue-business-hours:business-hours');
        if (s.ref === 'after-hours' && queueHoursAlways(ctx.manifest, ctx.live)) {
          ctx.report(
            ['customRules', i, 'when', 'schedule', 'ref'],
            `call queue ${ctx.owner.extensionNumber} has 24/7 business hours, so it has no after hours to refer to`,
          );
        }
      }
      const liveRule = match.key === undefined ? undefined : live.get(match.key)?.comparable;
      out.set(rule.name, {
        comparable: desiredRule(ctx, rule, i, liveRule),
        origin: ['customRules', i],
        after,
        ...renamed(match.key, rule.name),
      });
    });
    return out;
  },

  request(action, owner, _name, desired, live) {
    if (action === 'create') {
      const body = withoutEmptyLists(desired as object);
      return { method: 'POST', path: paths.answeringRules(owner.extensionId), body: { type: 'Custom', ...body } };
    }
    const path = paths.answeringRule(owner.extensionId, live!.id!);
    return action === 'delete' ? { method: 'DELETE', path } : { method: 'PUT', path, body: { type: 'Custom', ...(desired as object) } };
  },
};
