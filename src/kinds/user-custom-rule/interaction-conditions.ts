import type { Caller, UserCustomRuleWhen } from '../../core/manifest.js';
import type { PathSeg } from '../../core/path.js';
import { byJson } from '../../core/order.js';
import { canonicalDateTime } from '../../core/time.js';
import { canonicalPhone } from '../shared/canonical-phone.js';
import { canonicalTriggers, toTriggers } from '../../core/schedule.js';
import { e164, type CompileEnv } from '../shared/compile-env.js';

const ORDER = ['Interaction', 'Schedule', 'State'];

function callerForm(env: CompileEnv, c: Caller, path: readonly PathSeg[]): { phoneNumber: string; name: string } {
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
export function compileConditions(env: CompileEnv, when: UserCustomRuleWhen, path: readonly PathSeg[]): any[] {
  const out: any[] = [];
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
export function normalizeConditions(conditions: unknown): any[] {
  if (!Array.isArray(conditions)) return [];
  const out = conditions.map((c: any) => {
    if (c?.type === 'Interaction') {
      const from = (c.from ?? []).map((f: any) => {
        const phoneNumber = canonicalPhone(f.phoneNumber ?? '');
        return { phoneNumber, name: f.name || phoneNumber };
      });
      return { type: 'Interaction', from: from.sort(byJson), to: [...(c.to ?? [])].map(canonicalPhone).sort() };
    }
    if (c?.type === 'State') return { type: 'State', state: { id: c.state?.id } };
    if (c?.type === 'Schedule') {
      const schedule: any = { triggers: canonicalTriggers(c.schedule?.triggers) };
      if (c.schedule?.startDateTime) schedule.startDateTime = canonicalDateTime(c.schedule.startDateTime);
      if (c.schedule?.endDateTime) schedule.endDateTime = canonicalDateTime(c.schedule.endDateTime, true);
      return { type: 'Schedule', schedule };
    }
    return c;
  });
  return out.sort((a, b) => ORDER.indexOf(a.type) - ORDER.indexOf(b.type));
}
