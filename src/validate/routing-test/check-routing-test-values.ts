import { parseCallTime } from '../../core/local-time.js';
import type { PathSeg } from '../../core/path.js';
import { normalizePhone } from '../../core/phone.js';
import { endByExpectKey, phonePaths, ringTargetByKey, valueAtPath } from '../../parts/registry.js';
import type { SchemaFinding } from './routing-test-schema.js';

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function checkPhone(value: unknown, segs: PathSeg[], out: SchemaFinding[]): void {
  if (typeof value !== 'string') return;
  const parsed = normalizePhone(value);
  if (!parsed.ok) out.push({ segs, message: parsed.error });
}

function checkExpect(expect: Record<string, unknown>, segs: PathSeg[], out: SchemaFinding[]): void {
  const endsAt = expect.endsAt;
  // What the schema cannot say about an end's value, its end part says (a forward's phone number).
  if (isObj(endsAt)) {
    for (const [key, value] of Object.entries(endsAt)) {
      const message = endByExpectKey(key)?.expect?.check?.(value);
      if (message) out.push({ segs: [...segs, 'endsAt', key], message });
    }
  }
  if (Array.isArray(expect.rings)) {
    // The phone numbers a ring target's part declares it holds.
    expect.rings.forEach((t, i) => {
      for (const path of phonePaths(ringTargetByKey(t))) checkPhone(valueAtPath(t, path), [...segs, 'rings', i, ...path], out);
    });
  }
}

/**
 * What the schema cannot say: phone numbers must be possible numbers, `at` a real local
 * date-time. Looks only at values of the right type (the schema reports the others).
 */
export function checkRoutingTestValues(data: unknown): SchemaFinding[] {
  const out: SchemaFinding[] = [];
  if (!isObj(data) || !Array.isArray(data.calls)) return out;
  data.calls.forEach((call, i) => {
    if (!isObj(call)) return;
    const segs: PathSeg[] = ['calls', i];
    checkPhone(call.from, [...segs, 'from'], out);
    checkPhone(call.to, [...segs, 'to'], out);
    if (typeof call.at === 'string') {
      const at = parseCallTime(call.at);
      if (!at.ok) out.push({ segs: [...segs, 'at'], message: at.error });
    }
    if (call.queue === true && ('site' in data || 'company' in data))
      out.push({ segs: [...segs, 'queue'], message: 'sites have no queue calls; queue is for user routing tests' });
    if (isObj(call.expect)) checkExpect(call.expect, [...segs, 'expect'], out);
  });
  return out;
}
