import type { Reporter } from './findings.js';
import { asObj, type At, type Obj } from './walk.js';

/**
 * While the agent state follows work-hours (`same-as-work-hours`), RingCentral keeps the agent's
 * ring settings in sync with work-hours (state-based-call-handling.md), so agent ring settings of
 * their own may be overwritten whenever work-hours changes.
 */
export function checkAgent(doc: At<Obj>, report: Reporter): void {
  const agent = asObj(asObj(doc.value.states)?.agent);
  const ring = asObj(asObj(doc.value.rules)?.agent)?.ring;
  if (agent?.schedule !== 'same-as-work-hours' || ring === undefined) return;
  report.warning(
    [...doc.path, 'rules', 'agent', 'ring'],
    'the agent state follows work-hours (same-as-work-hours), and RingCentral then keeps the agent ring settings in sync with work-hours: give the agent its own schedule to keep separate ring settings',
    [[...doc.path, 'states', 'agent', 'schedule']],
  );
}
