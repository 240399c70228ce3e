import type { Reporter } from './findings.js';
import type { PathSeg } from '../core/path.js';
import type { OwnerTable } from '../core/plan.js';
import { asList, child, childList, hasItems, ownerTypeOf, type At, type Obj, type ManifestKind } from './walk.js';

/**
 * Custom rules: unique names (the name is the rule's identity), at least one condition, a
 * state condition only together with callers or calledNumbers, and for users an action and
 * callers with numbers (RingCentral's user rules match caller ids only; sites also match
 * contact names).
 */
export function checkCustomRules(doc: At<Obj>, kind: ManifestKind, report: Reporter): void {
  const names = new Map<string, At<Obj>>();
  const formers = new Map<string, { rule: At<Obj>; path: PathSeg[] }[]>();
  for (const rule of childList(doc, 'customRules')) {
    checkUniqueName(rule, names, report);
    collectFormerNames(rule, formers);
    const when = child(rule, 'when');
    const checks = CUSTOM_RULES[ownerTypeOf(kind)];
    if (when) checkConditions(when, checks.conditions, report);
    checks.action?.(rule, when, report);
  }
  checkUniqueFormerNames(formers, report);
}

const V1_CONDITIONS = 'callers, calledNumbers or schedule';

/**
 * What differs by owner type: the conditions a rule may have, and the check of its action
 * (users also check their callers; a site's action is the schema's).
 */
export const CUSTOM_RULES: OwnerTable<{ conditions: string; action?(rule: At<Obj>, when: At<Obj> | undefined, report: Reporter): void }> = {
  user: {
    conditions: 'callers, calledNumbers, state or schedule',
    action(rule, when, report) {
      if (when) checkUserCallers(when, report);
      checkUserAction(rule, report);
    },
  },
  site: { conditions: V1_CONDITIONS },
  company: { conditions: V1_CONDITIONS, action: (rule, _when, report) => checkCompanyAction(rule, report) },
  queue: { conditions: V1_CONDITIONS, action: (rule, _when, report) => checkQueueAction(rule, report) },
  // An IVR menu has no custom rules.
  ivr: { conditions: V1_CONDITIONS },
};

/** A call-queue rule rings the members (`queue`) or sends calls to exactly one destination. */
function checkQueueAction(rule: At<Obj>, report: Reporter): void {
  const actions = ['queue', 'voicemail', 'transferTo', 'forwardTo', 'announcement'].filter((k) => rule.value[k] !== undefined);
  if (actions.length === 1) return;
  if (actions.length === 0) {
    report.error(
      rule.path,
      'a call queue custom rule must say what it does: queue: {…} (ring the members) or one destination (voicemail, transferTo, forwardTo, announcement)',
      [rule.path],
    );
  } else {
    report.error(
      [...rule.path, actions[1]],
      `a call queue custom rule takes exactly one of queue, voicemail, transferTo, forwardTo or announcement (this one has ${actions.join(' and ')})`,
    );
  }
}

/** Each `renamedFrom` name (a string, or each item of a list) with where it is written. */
function collectFormerNames(rule: At<Obj>, formers: Map<string, { rule: At<Obj>; path: PathSeg[] }[]>): void {
  const value = rule.value.renamedFrom;
  const at = [...rule.path, 'renamedFrom'];
  const named = typeof value === 'string' ? [{ name: value, path: at }] : asList(value).map((name, i) => ({ name, path: [...at, i] }));
  for (const { name, path } of named) {
    if (typeof name !== 'string' || name.trim() === '') continue;
    const list = formers.get(name.trim()) ?? [];
    if (!list.some((f) => f.rule === rule)) list.push({ rule, path });
    formers.set(name.trim(), list);
  }
}

/**
 * Two rules renamed from one name would both write the one live rule that holds it: the second
 * write undoes the first and one rule is lost, while apply reports both as applied. An error at
 * each place, naming the other.
 */
function checkUniqueFormerNames(formers: Map<string, { rule: At<Obj>; path: PathSeg[] }[]>, report: Reporter): void {
  for (const [name, list] of formers) {
    if (list.length < 2) continue;
    for (const { rule, path } of list) {
      const others = list
        .filter((f) => f.rule !== rule)
        .map((f) => {
          const pos = report.locate(f.path);
          return `"${String(f.rule.value.name)}" (${pos.file}:${pos.line})`;
        });
      report.error(
        path,
        `renamedFrom "${name}" is also the former name of custom rule ${others.join(', ')}; one live rule can be renamed into only one rule`,
      );
    }
  }
}

/** A company rule sends calls to exactly one place: Bypass needs its extension (transferTo). */
function checkCompanyAction(rule: At<Obj>, report: Reporter): void {
  const actions = ['transferTo', 'operator', 'disconnect'].filter((k) => rule.value[k] !== undefined);
  if (actions.length === 1) return;
  if (actions.length === 0) {
    report.error(
      rule.path,
      'a company custom rule must say where calls go: transferTo: <extension> (Bypass), operator: {} or disconnect: {}',
      [rule.path],
    );
  } else {
    report.error(
      [...rule.path, actions[1]],
      `a company custom rule takes exactly one of transferTo, operator or disconnect (this one has ${actions.join(' and ')})`,
    );
  }
}

function checkUniqueName(rule: At<Obj>, names: Map<string, At<Obj>>, report: Reporter): void {
  const name = rule.value.name;
  if (typeof name !== 'string' || name.trim() === '') return;
  const earlier = names.get(name.trim());
  if (earlier) {
    // The line of the first use, which the author can find in their editor, not its JSON path.
    const first = report.locate([...earlier.path, 'name']);
    report.error([...rule.path, 'name'], `custom rule name "${name}" is already used at ${first.file}:${first.line}`);
  } else {
    names.set(name.trim(), rule);
  }
}

function checkConditions(when: At<Obj>, conditions: string, report: Reporter): void {
  const { callers, calledNumbers, state, schedule } = when.value;
  const hasNumbers = hasItems(callers) || hasItems(calledNumbers);
  if (!hasNumbers && state === undefined && schedule === undefined) {
    // Reads all of `when`: a misspelt condition (`caller:`) is the schema's to report.
    report.error(when.path, `a custom rule needs at least one condition (${conditions}); an empty list is no condition`, [when.path]);
  } else if (state !== undefined && !hasNumbers) {
    report.error(
      [...when.path, 'state'],
      'a state condition needs callers or calledNumbers too (RingCentral does not match on the state alone)',
      [
        [...when.path, 'callers'],
        [...when.path, 'calledNumbers'],
      ],
    );
  }
}

function checkUserCallers(when: At<Obj>, report: Reporter): void {
  for (const caller of childList(when, 'callers')) {
    if (caller.value.number === undefined && caller.value.name !== undefined) {
      report.error(caller.path, 'a user custom rule matches callers by number: add "number" ({name} alone is only for sites)');
    }
  }
}

function checkUserAction(rule: At<Obj>, report: Reporter): void {
  if (rule.value.ring !== undefined || rule.value.immediately !== undefined) return;
  // Reads the whole rule: a misspelt `immediatly` is the schema's to report.
  report.error(rule.path, 'a custom rule must say what it does: "ring" (then "ifNoAnswer") or "immediately"', [rule.path]);
}
