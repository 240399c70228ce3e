import type { ApiSchema } from '../../core/api/api-types.js';
import { fieldsOf } from '../../core/fields-of.js';
import type { Caller, UserCustomRuleWhen } from '../../core/manifest.js';
import type { PathSeg } from '../../core/path.js';
import { byJson } from '../../core/order.js';
import { canonicalDateTime } from '../../core/time.js';
import { canonicalPhone } from '../shared/canonical-phone.js';
import { canonicalTriggers, toTriggers } from '../../core/schedule.js';
import { e164, type CompileEnv } from '../shared/compile-env.js';

/** A custom rule's condition as its POST and PATCH write it (`CommInteractionRuleConditionsRequest`). */
export type InteractionCondition = ApiSchema<'CommInteractionRuleConditionsRequest'>[number];
type CallerFrom = ApiSchema<'CommFromResource'>;
type InteractionSchedule = ApiSchema<'CommInteractionRuleScheduleResource'>;
type StateRefId = ApiSchema<'CommReferenceStateIdResource'>;

const ORDER = ['Interaction', 'Schedule', 'State'];

function callerForm(env: CompileEnv, c: Caller, path: readonly PathSeg[]): CallerFrom {
  // `from` items require both fields. A caller written as a bare number is named by its number
  // (an empty name could read as missing to a strict server).
  if (typeof c === 'string' || typeof c === 'number') {
    const phoneNumber = e164(env, String(c), path);
    return { phoneNumber, name: phoneNumber };
  }
  const phoneNumber = e164(env, c.number ?? '', [...path, 'number']);
  return { phoneNumber, name: c.name || phoneNumber };
}

/** Manifest `when` → v2 interaction-rule conditions (ANDed by RingCentral). */
export function compileConditions(env: CompileEnv, when: UserCustomRuleWhen, path: readonly PathSeg[]): InteractionCondition[] {
  const out: InteractionCondition[] = [];
  const callers = when.callers ?? [];
  const called = when.calledNumbers ?? [];
  if (callers.length > 0 || called.length > 0) {
    out.push({
      type: 'Interaction',
      from: callers.map((c, i) => callerForm(env, c, [...path, 'callers', i])),
      to: called.map((n, i) => e164(env, n, [...path, 'calledNumbers', i])),
    });
  }
  if (when.schedule !== undefined) out.push({ type: 'Schedule', schedule: { triggers: toTriggers(when.schedule) } });
  if (when.state !== undefined) out.push({ type: 'State', state: { id: when.state } });
  return normalizeConditions(out);
}

/**
 * Comparable conditions: one per type in a fixed order, callers and called numbers sorted (they
 * are sets), State reduced to its id (responses embed the whole state), schedules canonical.
 */
export function normalizeConditions(conditions: unknown): InteractionCondition[] {
  if (!Array.isArray(conditions)) return [];
  const out = conditions.map((raw: unknown): InteractionCondition => {
    const c = fieldsOf(raw);
    if (c.type === 'Interaction') {
      const from = (Array.isArray(c.from) ? c.from : []).map((f: unknown): CallerFrom => {
        const { phoneNumber, name } = fieldsOf(f);
        const canonical = canonicalPhone(phoneNumber ?? '');
        return { phoneNumber: canonical, name: (name as string) || canonical };
      });
      const to = (Array.isArray(c.to) ? [...c.to] : []).map((n: unknown) => canonicalPhone(n));
      return { type: 'Interaction', from: from.sort(byJson), to: to.sort() };
    }
    if (c.type === 'State') return { type: 'State', state: { id: fieldsOf(c.state).id as StateRefId } };
    if (c.type === 'Schedule') {
      const live = fieldsOf(c.schedule);
      const schedule: InteractionSchedule = { triggers: canonicalTriggers(live.triggers) };
      if (live.startDateTime) schedule.startDateTime = canonicalDateTime(live.startDateTime as string);
      if (live.endDateTime) schedule.endDateTime = canonicalDateTime(live.endDateTime as string, true);
      return { type: 'Schedule', schedule };
    }
    // A condition type the spec does not list: kept as read, compared and sent as RingCentral holds it.
    return raw as InteractionCondition;
  });
  return out.sort((a, b) => ORDER.indexOf(a?.type) - ORDER.indexOf(b?.type));
}
