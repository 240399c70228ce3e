import type { Reporter } from './findings.js';
import { extRefKey } from './ext-ref-key.js';
import { asList, child, childList, type At, type Obj } from './walk.js';

/**
 * What RingCentral refuses in a call queue that a document shows on its own (manifest-v1.md
 * "kind: CallQueue"): members listed once; a ring `order` only with fixed-order distribution,
 * naming members only, each once; no ring time per member and no destination when no one
 * answers with simultaneous ringing (QueueInfo: agentTimeout "is ignored", noAnswerAction "only
 * WaitPrimaryMembers and WaitPrimaryAndOverflowMembers are supported"). Order entries are
 * checked against `members` when the document writes them, else against the live members at
 * plan time.
 */
export function checkCallQueue(doc: At<Obj>, report: Reporter): void {
  const members = checkMembers(doc, report);
  const rules = child(doc, 'rules');
  const businessHours = rules && child(rules, 'business-hours');
  if (businessHours) checkRing(businessHours, members, report);
  for (const rule of childList(doc, 'customRules')) {
    const queue = child(rule, 'queue');
    if (queue) checkRing(queue, members, report);
  }
}

/** The members' keys as written (undefined when the document leaves members live). */
function checkMembers(doc: At<Obj>, report: Reporter): Map<string, number> | undefined {
  if (!Array.isArray(doc.value.members)) return undefined;
  const seen = new Map<string, number>();
  asList(doc.value.members).forEach((value, i) => {
    const ref = extRefKey(value);
    if (!ref) return;
    const first = seen.get(ref.key);
    if (first === undefined) seen.set(ref.key, i);
    else {
      const at = report.locate(['members', first]);
      report.error(['members', i], `member ${ref.label} is already listed at ${at.file}:${at.line}`);
    }
  });
  return seen;
}

function checkRing(ring: At<Obj>, members: Map<string, number> | undefined, report: Reporter): void {
  const { distribution } = ring.value;
  const order = ring.value.order;
  if (order !== undefined && distribution !== 'fixed-order') {
    const why =
      distribution === undefined ? 'write `distribution: fixed-order` beside it' : `this rule's distribution is ${String(distribution)}`;
    report.error([...ring.path, 'order'], `order is only for fixed-order distribution: ${why}`, [[...ring.path, 'distribution']]);
  }
  const placed = new Map<string, number>();
  const strangers: { path: (string | number)[]; label: string }[] = [];
  asList(order).forEach((value, i) => {
    const ref = extRefKey(value);
    if (!ref) return;
    const path = [...ring.path, 'order', i];
    if (placed.has(ref.key)) {
      const at = report.locate([...ring.path, 'order', placed.get(ref.key)!]);
      report.error(path, `${ref.label} is already placed at ${at.file}:${at.line}`);
      return;
    }
    placed.set(ref.key, i);
    if (members && !members.has(ref.key)) strangers.push({ path, label: ref.label });
  });
  // One finding for the list: a wrong `members` would otherwise make every entry an error.
  if (strangers.length > 0) {
    const at = report.locate(['members']);
    const names = strangers.map((x) => x.label).join(', ');
    const verb = strangers.length === 1 ? 'is not a member' : 'are not members';
    report.error(strangers[0].path, `order names ${names}, which ${verb} of the queue (members at ${at.file}:${at.line})`, [['members']]);
  }
  if (distribution !== 'simultaneous') return;
  if (ring.value.ringEachSeconds !== undefined) {
    report.error(
      [...ring.path, 'ringEachSeconds'],
      'ringEachSeconds is not used with simultaneous distribution (every member rings at once); remove it or choose longest-idle or fixed-order',
      [[...ring.path, 'distribution']],
    );
  }
  const noAnswer = ring.value.whenNoAnswer;
  if (noAnswer !== undefined && typeof noAnswer !== 'string') {
    report.error(
      [...ring.path, 'whenNoAnswer'],
      'with simultaneous distribution RingCentral only waits when no one answers: write `wait` or `wait-with-overflow`',
      [[...ring.path, 'distribution']],
    );
  }
}
