import type { CallQueueManifest } from '../../core/manifest.js';
import type { CompileContext, QueueSnapshot } from '../context.js';
import type { DesiredObject, LiveObject, ResourceKind } from '../resource-kind.js';
import { paths } from '../shared/paths.js';
import { queueHoursAlways } from './queue-business-hours-kind.js';
import { desiredMemberIds } from './queue-members-kind.js';
import { destinationForm, queueRuleForm, ringingForm } from './queue-forms.js';

/** Manifest rule names → RingCentral's fixed ids of a queue's default rules. */
export const QUEUE_RULE_IDS = { 'business-hours': 'business-hours-rule', 'after-hours': 'after-hours-rule' } as const;
type QueueRuleName = keyof typeof QUEUE_RULE_IDS;

/**
 * A call queue's default rules (`PUT …/answering-rule/{business-hours-rule|after-hours-rule}`):
 * the business-hours rule rings the members with its `queue` object (fields the document
 * leaves out keep their live values); the after-hours rule sends calls to one destination and
 * exists only while business hours are not 24/7.
 */
export const queueRuleKind: ResourceKind<QueueSnapshot> = {
  kind: 'queue-rule',
  owner: 'queue',
  collection: false,
  place: 'rules',
  label: (name) => `${name} rule`,

  live(snapshot) {
    const out = new Map<string, LiveObject>();
    for (const [name, id] of Object.entries(QUEUE_RULE_IDS) as [QueueRuleName, string][]) {
      const rule = snapshot.answeringRules.find((r) => r?.id === id);
      if (rule) out.set(name, { id, comparable: queueRuleForm(rule, name === 'business-hours' ? 'business-hours' : 'other') });
    }
    return out;
  },

  desired(ctx: CompileContext<CallQueueManifest, QueueSnapshot>, live) {
    const out = new Map<string, DesiredObject>();
    const rules = ctx.manifest.rules;
    const business = rules?.['business-hours'];
    if (business) {
      const origin = ['rules', 'business-hours'];
      const base = live.get('business-hours')?.comparable ?? queueRuleForm(undefined, 'business-hours');
      const comparable = ringingForm(ctx, ctx.owner.extensionId, base as ReturnType<typeof queueRuleForm>, business, origin, {
        members: desiredMemberIds(ctx),
      });
      // A fixed order may name members the plan adds: they must be members first.
      out.set('business-hours', { comparable, origin, after: ['queue-members:members'] });
    }
    const after = rules?.['after-hours'];
    if (after) {
      const origin = ['rules', 'after-hours'];
      let liveView: unknown;
      if (!live.has('after-hours')) {
        if (queueHoursAlways(ctx.manifest, ctx.live)) {
          ctx.report(
            origin,
            `call queue ${ctx.owner.extensionNumber} has no after-hours rule: it exists only while business hours are not 24/7 (set businessHours.schedule)`,
          );
          return out;
        }
        liveView = {}; // RingCentral creates it when business hours stop being 24/7.
      }
      out.set('after-hours', {
        comparable: destinationForm(ctx, ctx.owner.extensionId, after, origin),
        origin,
        after: ['queue-business-hours:business-hours'],
        liveView,
      });
    }
    return out;
  },

  request(_action, owner, name, desired) {
    return { method: 'PUT', path: paths.answeringRule(owner.extensionId, QUEUE_RULE_IDS[name as QueueRuleName]), body: desired };
  },
};
