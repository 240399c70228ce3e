import type { IvrKey, IvrKeyAction, IvrMenuManifest, IvrPromptManifest } from '../core/manifest.js';
import type { IvrSnapshot } from '../kinds/context.js';
import { keyOfInput, namedActionOf, type IvrActionForm } from '../kinds/ivr-menu/ivr-actions.js';
import { ivrMenuForm, type IvrPromptForm } from '../kinds/ivr-menu/ivr-menu-form.js';
import { FindingSink, KEPT_LIVE, type ExportFinding } from './export-findings.js';
import { exactE164, type ExportExtension, type ExtensionRefs } from './extension-refs.js';

/**
 * An IVR menu's live state → the IvrMenu document plan finds equal to it: name, site (left out
 * for the main site), the prompt (`say` with its language's locale code, or `audio` by the
 * prompt's name), repeat and every key (Connect → transferTo, Voicemail → voicemail, Transfer
 * → forwardTo, the bare-word actions, anything else as `raw`).
 */
export function exportIvrMenu(
  owner: ExportExtension,
  snapshot: IvrSnapshot,
  refs: ExtensionRefs,
): { manifest: IvrMenuManifest; findings: ExportFinding[] } {
  const sink = new FindingSink('ivr', owner.extensionNumber);
  const manifest: IvrMenuManifest = { version: 1, kind: 'IvrMenu', extension: owner.extensionNumber };
  if (!snapshot.menu) return { manifest, findings: sink.findings };
  const form = ivrMenuForm(snapshot.menu);
  manifest.extension = form.extensionNumber || owner.extensionNumber;
  if (form.name !== undefined) manifest.name = form.name;
  if (form.site && form.site.id !== 'main-site') {
    const site = refs.ref(form.site.id);
    if (site !== undefined) manifest.site = site;
    else sink.at('site').cannot(`the site id ${form.site.id}, which is not in the account`, KEPT_LIVE);
  }
  const prompt = form.prompt && promptOf(form.prompt, snapshot, sink);
  if (prompt) manifest.prompt = prompt;
  if (form.promptRepeatCount !== undefined) manifest.repeat = form.promptRepeatCount as 1 | 2 | 3;
  const keys: Partial<Record<IvrKey, IvrKeyAction>> = {};
  for (const a of form.actions ?? []) {
    const key = keyOfInput(a.input);
    if (key === undefined) sink.at(`key ${a.input}`).cannot('the input', 'the key is left out of the file');
    else keys[key] = keyAction(a, refs);
  }
  manifest.keys = keys;
  return { manifest, findings: sink.findings };
}

function promptOf(p: IvrPromptForm, snapshot: IvrSnapshot, sink: FindingSink): IvrPromptManifest | undefined {
  if (p.mode === 'Audio') {
    const named = (snapshot.prompts ?? []).filter((x) => String(x.id) === p.audio.id);
    const filename = named[0]?.filename;
    const same = (snapshot.prompts ?? []).filter((x) => x.filename === filename);
    if (filename && same.length === 1) return { audio: filename };
    const why = filename
      ? `the audio prompt "${filename}", whose name other prompts share`
      : `the audio prompt id ${p.audio.id}, not in the prompt list`;
    return void sink.at('prompt').cannot(why, KEPT_LIVE);
  }
  const out: IvrPromptManifest = {};
  if (p.text !== undefined && p.text !== '') out.say = p.text;
  const locale = languageCode(p, snapshot);
  if (locale) out.language = locale;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The locale code of the prompt's language: the live menu names it; a planned one is looked up. */
function languageCode(p: Extract<IvrPromptForm, { mode: 'TextToSpeech' }>, snapshot: IvrSnapshot): string | undefined {
  const id = p.language?.id;
  if (id === undefined) return undefined;
  const live = snapshot.menu?.prompt?.language;
  if (live?.id !== undefined && String(live.id) === id && live.localeCode) return live.localeCode;
  return (snapshot.languages ?? []).find((l) => String(l.id) === id)?.localeCode ?? undefined;
}

function keyAction(a: IvrActionForm, refs: ExtensionRefs): IvrKeyAction {
  const named = namedActionOf(a.action);
  const raw = (): IvrKeyAction => ({
    raw: {
      action: a.action,
      ...(a.extension && { extension: { id: a.extension.id } }),
      ...(a.phoneNumber !== undefined && { phoneNumber: a.phoneNumber }),
    },
  });
  if (named && !a.extension && a.phoneNumber === undefined) return named;
  const ref = a.extension ? refs.ref(a.extension.id) : undefined;
  if (a.action === 'Connect' && ref !== undefined && a.phoneNumber === undefined) return { transferTo: ref };
  if (a.action === 'Voicemail' && ref !== undefined && a.phoneNumber === undefined) return { voicemail: ref };
  const phone = a.phoneNumber === undefined ? undefined : exactE164(a.phoneNumber);
  if (a.action === 'Transfer' && phone && !a.extension) return { forwardTo: { phone } };
  return raw();
}
