import type { Reporter } from './findings.js';
import { conditionsOverlap } from './conditions-overlap.js';
import { describePriority, rulePriority } from './rule-priority.js';
import { child, childList, type At, type Obj } from './walk.js';

/**
 * Lint: two enabled user custom rules of equal priority that can match the same call. RingCentral
 * does not document which of them wins, so the outcome is up to chance. (Site rules are
 * evaluated in the order listed and need no such check.)
 */
export function checkRulePriority(doc: At<Obj>, report: Reporter): void {
  const rules = childList(doc, 'customRules')
    .filter((rule) => rule.value.enabled !== false)
    .flatMap((rule) => {
      const when = child(rule, 'when');
      const priority = when ? rulePriority(when.value) : undefined;
      return when && priority !== undefined ? [{ rule, when, priority }] : [];
    });
  rules.forEach((later, j) => {
    const earlier = rules.slice(0, j).find((r) => r.priority === later.priority && conditionsOverlap(r.when.value, later.when.value));
    if (!earlier) return;
    report.warning(
      later.when.path,
      `custom rules "${String(earlier.rule.value.name)}" and "${String(later.rule.value.name)}" have the same priority ` +
        `(${later.priority}: ${describePriority(later.when.value)}) and can match the same call; RingCentral does not document which wins`,
      [earlier.when.path, later.when.path],
    );
  });
}
