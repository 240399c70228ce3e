import type { CallQueueManifest, QueueCustomRule, QueueDestination } from '../../core/manifest.js';
import type { PathSeg } from '../../core/path.js';
import type { QueueSnapshot } from '../context.js';
import { e164 } from '../shared/compile-env.js';
import { paths } from '../shared/paths.js';
import { v1RuleKinds } from '../shared/v1-rule-kinds.js';
import type { V1Context } from '../shared/v1-owner.js';
import { desiredMemberIds } from './queue-members-kind.js';
import { destinationForm, queueRuleForm, ringingForm, type QueueRuleForm } from './queue-forms.js';

type QueueContext = V1Context<QueueSnapshot, CallQueueManifest>;

/** The rules ring members a plan may add: they must be members first (a fixed order names them). */
const AFTER_MEMBERS = ['queue-members:members'];

/** The destination a custom rule without `queue` names (exactly one, checked by validation). */
function destinationOf(rule: QueueCustomRule): QueueDestination | undefined {
  if (rule.voicemail !== undefined) return { voicemail: rule.voicemail };
  if (rule.transferTo !== undefined) return { transferTo: rule.transferTo };
  if (rule.forwardTo !== undefined) return { forwardTo: rule.forwardTo };
  if (rule.announcement !== undefined) return { announcement: rule.announcement };
  return undefined;
}

/** A custom rule rings the members with its own `queue` fields, or sends calls to one destination. */
function customAction(ctx: QueueContext, rule: QueueCustomRule, origin: PathSeg[], live: unknown): QueueRuleForm {
  if (rule.queue === undefined) {
    const destination = destinationOf(rule);
    return destination ? destinationForm(ctx, ctx.owner.extensionId, destination, origin) : { callHandlingAction: 'AgentQueue' };
  }
  // Ringing fields the rule leaves out keep the live rule's (a new rule: RingCentral's defaults).
  const base: QueueRuleForm =
    live && (live as QueueRuleForm).callHandlingAction === 'AgentQueue' ? (live as QueueRuleForm) : { callHandlingAction: 'AgentQueue' };
  const { voicemail, queue } = base;
  const action = ringingForm(
    ctx,
    ctx.owner.extensionId,
    { callHandlingAction: 'AgentQueue', ...(queue && { queue }), ...(voicemail && { voicemail }) },
    rule.queue,
    [...origin, 'queue'],
    { members: desiredMemberIds(ctx) },
  );
  delete action.greetings;
  return action;
}

/**
 * A call queue's v1 answering rules (`…/extension/{queueId}/business-hours`, `…/answering-rule`),
 * built by the shared v1 kinds (callqueue-answering-rules.md): the business-hours rule rings the
 * members with its `queue` object (fields the document leaves out keep their live values); the
 * after-hours rule sends calls to one destination; custom rules do either.
 */
export const queueKinds = v1RuleKinds<'queue', QueueSnapshot, CallQueueManifest>({
  owner: 'queue',
  kinds: { hours: 'queue-business-hours', rule: 'queue-rule', custom: 'queue-custom-rule' },
  who: (owner) => `call queue ${owner.extensionNumber}`,
  hoursText: 'business hours',
  paths: {
    businessHours: (owner) => paths.businessHours(owner.extensionId),
    answeringRules: (owner) => paths.answeringRules(owner.extensionId),
    answeringRule: (owner, id) => paths.answeringRule(owner.extensionId, id),
  },
  actionForm: (rule, which) => queueRuleForm(rule, which === 'business-hours' ? 'business-hours' : 'other'),
  compileRule: {
    'business-hours': (ctx, rule, origin, live) =>
      ringingForm(
        ctx,
        ctx.owner.extensionId,
        (live as QueueRuleForm | undefined) ?? queueRuleForm(undefined, 'business-hours'),
        rule,
        origin,
        {
          members: desiredMemberIds(ctx),
        },
      ),
    'after-hours': (ctx, rule, origin) => destinationForm(ctx, ctx.owner.extensionId, rule, origin),
  },
  compileCustomAction: customAction,
  calledNumber: (ctx, written, path) => ({ phoneNumber: e164(ctx, written, path) }),
  after: { rule: { 'business-hours': AFTER_MEMBERS }, custom: AFTER_MEMBERS },
});
