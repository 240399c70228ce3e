import { extRefKey } from './ext-ref-key.js';
import type { Reporter } from './findings.js';
import { asObj, userRuleBodies, type At, type Obj } from './walk.js';

/**
 * RingCentral keeps one voicemail target per rule, shared by the no-answer and the immediate
 * forwarding sets. Writing two different voicemail greetings or mailboxes in one rule cannot be
 * applied. A setting written on one side only is not a conflict: the other side keeps it.
 */
export function checkVoicemail(doc: At<Obj>, report: Reporter): void {
  for (const body of userRuleBodies(doc)) {
    const ringing = asObj(asObj(body.value.ifNoAnswer)?.voicemail);
    const terminating = asObj(asObj(body.value.immediately)?.voicemail);
    if (!ringing || !terminating) continue;
    for (const field of ['greeting', 'mailbox'] as const) {
      const a = canonical(field, ringing[field]);
      const b = canonical(field, terminating[field]);
      if (a === undefined || b === undefined || a === b) continue;
      const mine = [...body.path, 'immediately', 'voicemail', field];
      report.error(mine, `voicemail is shared by ifNoAnswer and immediately; this ${field} differs from ifNoAnswer.voicemail.${field}`, [
        [...body.path, 'ifNoAnswer', 'voicemail', field],
        mine,
      ]);
    }
  }
}

function canonical(field: 'greeting' | 'mailbox', value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (field === 'mailbox') return extRefKey(value)?.key ?? JSON.stringify(value);
  const greeting = asObj(value);
  if (!greeting) return JSON.stringify(value);
  return JSON.stringify(Object.entries(greeting).map(([k, v]) => [k, String(v)]));
}
