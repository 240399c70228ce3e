import { FindingSink, KEPT_LIVE, RULE_UNMANAGED } from './export-findings.js';
import type { Converted } from './extension-refs.js';

/** What sites and the company share of a v1 answering rule (the list's records). */
interface V1Rule {
  id?: string | number;
  name?: string;
  type?: string;
}

/**
 * The custom rules of a v1 answering-rule list (sites, the company), in the order RingCentral
 * lists them: document order is their evaluation order (manifest-v1.md), so sorting by name
 * would misstate it. Of several with one name, only the one the planner keys by that name
 * (lowest id) is written; plan then refuses the duplicates until they are resolved.
 */
export function v1CustomRulesToManifest<R extends V1Rule, M>(rules: R[], sink: FindingSink, convert: (rule: R) => M | undefined): M[] {
  const custom = rules.filter((r) => r?.type === 'Custom');
  const managed = new Map<string, string>();
  for (const r of [...custom].sort((a, b) => String(a.id).localeCompare(String(b.id)))) {
    const name = String(r.name ?? '');
    if (!managed.has(name)) managed.set(name, String(r.id));
  }
  const out: M[] = [];
  for (const r of custom) {
    const name = String(r.name ?? '');
    if (name.trim() === '')
      sink.at(`custom rule id ${r.id}`).cannot('a custom rule without a name (the name is its identity)', RULE_UNMANAGED);
    else if (managed.get(name) !== String(r.id))
      sink.at(`custom rule "${name}" (id ${r.id})`).cannot('a second custom rule with the same name', RULE_UNMANAGED);
    else {
      const rule = convert(r);
      if (rule) out.push(rule);
    }
  }
  return out;
}

/**
 * The default business-hours and after-hours rules of a v1 list, by their fixed ids. An
 * after-hours rule while business hours are 24/7 is not written (the manifest could not hold it).
 */
export function v1DefaultRulesToManifest<R extends V1Rule, M>(
  rules: R[],
  ids: Record<'business-hours' | 'after-hours', string>,
  alwaysOpen: boolean,
  sink: FindingSink,
  convert: (rule: R) => Converted<M>,
): Partial<Record<'business-hours' | 'after-hours', M>> | undefined {
  const out: Partial<Record<'business-hours' | 'after-hours', M>> = {};
  for (const [name, id] of Object.entries(ids) as ['business-hours' | 'after-hours', string][]) {
    const rule = rules.find((r) => r?.id === id);
    if (!rule) continue;
    const scope = sink.at(`${name} rule`);
    if (name === 'after-hours' && alwaysOpen) {
      scope.cannot('an after-hours rule while business hours are 24/7', KEPT_LIVE);
      continue;
    }
    const converted = convert(rule);
    if (converted.ok) out[name] = converted.value;
    else scope.cannot(converted.why, KEPT_LIVE);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
