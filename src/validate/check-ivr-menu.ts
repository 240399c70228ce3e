import { normalizePhone } from '../core/phone.js';
import type { Reporter } from './findings.js';
import { child, type At, type Obj } from './walk.js';

/**
 * What the schema cannot say about an IVR menu (manifest-v1.md "kind: IvrMenu"): a prompt is
 * either spoken (`say`, with an optional `language`) or an audio prompt, not both; a forwarded
 * key's number must be possible; a `raw` action carries what its action needs (Connect and
 * Voicemail an extension, Transfer a phone number). Whether a language, an audio prompt or an
 * extension exists is known only at plan time.
 */
export function checkIvrMenu(doc: At<Obj>, report: Reporter): void {
  const prompt = child(doc, 'prompt');
  if (prompt) {
    const { say, audio, language } = prompt.value;
    if (say !== undefined && audio !== undefined)
      report.error(prompt.path, 'a prompt is either `say` (text to speech) or `audio`, not both');
    if (language !== undefined && say === undefined && audio !== undefined)
      report.error([...prompt.path, 'language'], '`language` is for a spoken prompt (`say`) only');
  }
  const keys = child(doc, 'keys');
  for (const key of keys ? Object.keys(keys.value) : []) {
    const action = child(keys!, key);
    if (!action) continue;
    const forward = child(action, 'forwardTo');
    if (forward && typeof forward.value.phone === 'string') {
      const parsed = normalizePhone(forward.value.phone);
      if (!parsed.ok) report.error([...forward.path, 'phone'], parsed.error);
    }
    const raw = child(action, 'raw');
    if (raw) checkRaw(raw, report);
  }
}

function checkRaw(raw: At<Obj>, report: Reporter): void {
  const { action, extension, phoneNumber } = raw.value;
  if (typeof action !== 'string') return;
  // Concluded from the action: when the schema rejects the action, these are no news.
  const reads = [[...raw.path, 'action']];
  const needsExtension = action === 'Connect' || action === 'Voicemail';
  if (needsExtension && extension === undefined) report.error(raw.path, `a raw ${action} action needs extension: {id: …}`, reads);
  if (!needsExtension && extension !== undefined)
    report.error([...raw.path, 'extension'], `extension is for Connect and Voicemail only, not ${action}`, reads);
  if (action === 'Transfer' && phoneNumber === undefined) report.error(raw.path, 'a raw Transfer action needs phoneNumber', reads);
  if (action !== 'Transfer' && phoneNumber !== undefined)
    report.error([...raw.path, 'phoneNumber'], `phoneNumber is for Transfer only, not ${action}`, reads);
  if (typeof phoneNumber === 'string') {
    const parsed = normalizePhone(phoneNumber);
    if (!parsed.ok) report.error([...raw.path, 'phoneNumber'], parsed.error);
  }
}
