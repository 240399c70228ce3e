import type { ApiSchema } from '../core/api/api-types.js';
import type { DispatchingRuleKind } from '../core/defaults.js';
import type { RuleBody, StateId, UserCustomRule, UserManifest } from '../core/manifest.js';
import type { UserSnapshot } from '../kinds/context.js';
import { liveStates, normalizeStateConditions } from '../kinds/shared/state-conditions.js';
import { workHoursAlways } from '../kinds/user-state-rule/user-state-rule-kind.js';
import { conditionsToWhen } from './conditions-to-when.js';
import { dispatchingToRule } from './dispatching-to-rule.js';
import { FindingSink, RULE_UNMANAGED, type ExportFinding } from './export-findings.js';
import type { ExportExtension, ExtensionRefs } from './extension-refs.js';
import { statesToManifest } from './states-to-manifest.js';

const RULE_IDS: StateId[] = ['work-hours', 'after-hours', 'forward-all-calls', 'dnd', 'agent'];
const codepoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * While the agent state follows work-hours (a State condition, written `same-as-work-hours`),
 * RingCentral keeps the agent rule's ring settings equal to work-hours' and changes them with
 * every work-hours change (state-based-call-handling.md). `states.agent.schedule:
 * same-as-work-hours` says that already; a `rules.agent.ring` written beside it would be a copy
 * that the next work-hours change makes stale, and every plan after would try to revert it.
 */
function agentFollowsWorkHours(snapshot: UserSnapshot): boolean {
  const agent = liveStates(snapshot.stateRules).get('agent');
  const conditions = normalizeStateConditions(agent?.conditions);
  return conditions.length === 1 && conditions[0].type === 'State' && conditions[0].state?.id === 'work-hours';
}

function stateRules(snapshot: UserSnapshot, refs: ExtensionRefs, sink: FindingSink): UserManifest['rules'] {
  const out: NonNullable<UserManifest['rules']> = {};
  for (const id of RULE_IDS) {
    const live = snapshot.stateRules.find((r) => r?.id === id);
    if (!live) continue;
    if (id === 'agent' && agentFollowsWorkHours(snapshot)) continue;
    const scope = sink.at(`state rule ${id}`);
    const body = dispatchingToRule(live.dispatching, id as DispatchingRuleKind, refs, scope, snapshot.devices);
    if (!body.ok) scope.cannot(body.why, 'the rule is left out of the file, so plan leaves it as it is live');
    else if (Object.keys(body.value).length > 0) out[id] = body.value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Field order of a custom rule as manifest-v1.md writes it. */
function orderedRule(
  name: string,
  enabled: boolean,
  when: UserCustomRule['when'],
  queueCalls: boolean | undefined,
  body: RuleBody,
): UserCustomRule {
  return { name, enabled, when, ...(queueCalls !== undefined && { queueCalls }), ...body };
}

function customRule(
  r: ApiSchema<'CommInteractionRuleResource'>,
  afterHoursPossible: boolean,
  refs: ExtensionRefs,
  sink: FindingSink,
  snapshot: UserSnapshot,
): UserCustomRule | undefined {
  const name = String(r.displayName ?? '');
  const scope = sink.at(`custom rule "${name}"`);
  const when = conditionsToWhen(r.conditions);
  if (!when.ok) return void scope.cannot(`its conditions (${when.why})`, RULE_UNMANAGED);
  if (when.value.state === 'after-hours' && !afterHoursPossible) {
    return void scope.cannot('"state: after-hours" while work-hours is 24/7 (it can never match)', RULE_UNMANAGED);
  }
  const body = dispatchingToRule(r.dispatching, 'custom', refs, scope, snapshot.devices);
  if (!body.ok) return void scope.cannot(body.why, RULE_UNMANAGED);
  if (body.value.ring === undefined && body.value.immediately === undefined) {
    return void scope.cannot('what the rule does (neither ring nor immediately can be written)', RULE_UNMANAGED);
  }
  const queue = r.dispatching?.callTypes?.queueCallsIncluded;
  return orderedRule(name, Boolean(r.enabled), when.value, typeof queue === 'boolean' ? queue : undefined, body.value);
}

/**
 * Custom rules sorted by name. The planner manages, of several live rules with one name, the
 * one with the lowest id (same order as the kind's `live`); the others cannot be named apart in
 * a manifest and stay unmanaged.
 */
function customRules(snapshot: UserSnapshot, refs: ExtensionRefs, sink: FindingSink): UserCustomRule[] {
  const sorted = [...snapshot.interactionRules].sort((a, b) => String(a.id).localeCompare(String(b.id)));
  const afterHoursPossible = !workHoursAlways({ version: 1, kind: 'User' }, snapshot.stateRules);
  const seen = new Set<string>();
  const out: UserCustomRule[] = [];
  for (const r of sorted) {
    const name = String(r.displayName ?? '');
    if (name.trim() === '') {
      sink.at(`custom rule id ${r.id}`).cannot('a custom rule without a name (the name is its identity)', RULE_UNMANAGED);
      continue;
    }
    if (seen.has(name.trim())) {
      sink.at(`custom rule "${name}" (id ${r.id})`).cannot('a second custom rule with the same name', RULE_UNMANAGED);
      continue;
    }
    seen.add(name.trim());
    const rule = customRule(r, afterHoursPossible, refs, sink, snapshot);
    if (rule) out.push(rule);
  }
  return out.sort((a, b) => codepoint(a.name, b.name));
}

/** One live user (its two GETs) → a `kind: User` manifest that plan finds equal to live. */
export function exportUser(
  owner: ExportExtension,
  snapshot: UserSnapshot,
  refs: ExtensionRefs,
): { manifest: UserManifest; findings: ExportFinding[] } {
  const sink = new FindingSink('user', owner.extensionNumber || owner.id);
  const manifest: UserManifest = { version: 1, kind: 'User', extension: refs.ref(owner.id) ?? { id: owner.id } };
  const states = statesToManifest(snapshot.stateRules, sink);
  if (states) manifest.states = states;
  const rules = stateRules(snapshot, refs, sink);
  if (rules) manifest.rules = rules;
  const custom = customRules(snapshot, refs, sink);
  if (custom.length > 0) manifest.customRules = custom;
  manifest.prune = false;
  return { manifest, findings: sink.findings };
}
