import { normalizePhone } from '../core/phone.js';
import type { Reporter } from './findings.js';
import { conditionsOverlap } from './conditions-overlap.js';
import { describePriority, rulePriority } from './rule-priority.js';
import { asList, asObj, child, childList, hasItems, type At, type Obj } from './walk.js';

interface Ranked {
  rule: At<Obj>;
  when: At<Obj>;
  priority: number;
  /** The numbers that must be shared for two rules of this priority to overlap (callers, else called numbers). */
  keys?: string[];
}

function phoneKey(value: unknown): string {
  const parsed = normalizePhone(value);
  return parsed.ok ? parsed.value : String(value);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Rules of one priority all set the same conditions; with numbers, only rules sharing one can overlap. */
function keysOf(when: Obj): string[] | undefined {
  if (hasItems(when.callers)) return asList(when.callers).map((c) => phoneKey(typeof c === 'string' ? c : asObj(c)?.number));
  if (hasItems(when.calledNumbers)) return asList(when.calledNumbers).map(phoneKey);
  return undefined;
}

/**
 * Lint: two enabled user custom rules of equal priority that can match the same call. RingCentral
 * does not document which of them wins, so the outcome is up to chance. (Site rules are
 * evaluated in the order listed and need no such check.) Rules are indexed by their numbers, so
 * thousands of rules with their own callers are checked in near-linear time.
 */
export function checkRulePriority(doc: At<Obj>, report: Reporter): void {
  const rules: Ranked[] = childList(doc, 'customRules')
    .filter((rule) => rule.value.enabled !== false)
    .flatMap((rule) => {
      const when = child(rule, 'when');
      const priority = when ? rulePriority(when.value) : undefined;
      return when && priority !== undefined ? [{ rule, when, priority, keys: keysOf(when.value) }] : [];
    });
  const order = new Map(rules.map((r, i) => [r, i]));
  const byKey = new Map<string, Ranked[]>();
  const unkeyed = new Map<number, Ranked[]>();
  for (const later of rules) {
    const candidates = later.keys
      ? [...new Set(later.keys.flatMap((k) => byKey.get(`${later.priority}|${k}`) ?? []))].sort((a, b) => order.get(a)! - order.get(b)!)
      : (unkeyed.get(later.priority) ?? []);
    const earlier = candidates.find((r) => conditionsOverlap(r.when.value, later.when.value));
    if (later.keys) for (const k of new Set(later.keys)) push(byKey, `${later.priority}|${k}`, later);
    else push(unkeyed, later.priority, later);
    if (!earlier) continue;
    report.warning(
      later.when.path,
      `custom rules "${String(earlier.rule.value.name)}" and "${String(later.rule.value.name)}" have the same priority ` +
        `(${later.priority}: ${describePriority(later.when.value)}) and can match the same call; RingCentral does not document which wins`,
      [earlier.when.path, later.when.path],
    );
  }
}
