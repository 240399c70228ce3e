import type { IvrKey, IvrKeyAction, IvrMenuManifest, IvrPromptManifest } from '../../core/manifest.js';
import type { PathSeg } from '../../core/path.js';
import { normalizePhone } from '../../core/phone.js';
import type { CompileContext, IvrSnapshot } from '../context.js';
import type { DesiredObject, LiveObject, ResourceKind } from '../resource-kind.js';
import { paths } from '../shared/paths.js';
import { KEY_INPUT, KEY_ORDER, NAMED_ACTION_API, sortActions, type IvrActionForm } from './ivr-actions.js';
import { ivrMenuForm, type IvrMenuForm, type IvrPromptForm } from './ivr-menu-form.js';

/** The one object of an IVR menu owner: the menu itself (its key in plans). */
export const IVR_MENU = 'menu';

/**
 * An IVR menu (`/account/~/ivr-menus`): created by POST when no menu has the document's
 * extension number, else updated by PUT (a partial update: the fields sent replace theirs,
 * `actions` all keys). The API has no delete. What the document leaves out keeps its live value
 * (on create: RingCentral's default); `keys`, when present, are owned whole.
 */
export const ivrMenuKind: ResourceKind<IvrSnapshot> = {
  kind: 'ivr-menu',
  owner: 'ivr',
  collection: true,
  actions: ['create', 'update'],
  place: 'document',
  // The menu is its owner's one object: `IVR menu 2000 (Main IVR) · menu`.
  label: () => 'menu',
  createdName: () => IVR_MENU,

  live(snapshot) {
    const out = new Map<string, LiveObject>();
    if (snapshot.menu) out.set(IVR_MENU, { id: String(snapshot.menu.id), comparable: ivrMenuForm(snapshot.menu) });
    return out;
  },

  desired(ctx: CompileContext<IvrMenuManifest, IvrSnapshot>, live) {
    const have = live.get(IVR_MENU)?.comparable as IvrMenuForm | undefined;
    const m = ctx.manifest;
    const want: IvrMenuForm = { extensionNumber: String(m.extension) };
    const name = m.name ?? have?.name;
    if (name !== undefined) want.name = name;
    const site = m.site !== undefined ? siteOf(ctx) : have?.site;
    if (site) want.site = site;
    const repeat = m.repeat ?? have?.promptRepeatCount;
    if (repeat !== undefined) want.promptRepeatCount = repeat;
    const prompt = m.prompt !== undefined ? promptOf(ctx, m.prompt, have?.prompt) : have?.prompt;
    if (prompt) want.prompt = prompt;
    const actions = m.keys !== undefined ? actionsOf(ctx, m.keys) : have?.actions;
    if (actions) want.actions = actions;
    return new Map<string, DesiredObject>([[IVR_MENU, { comparable: want, origin: ['extension'] }]]);
  },

  request(action, owner, _name, desired, live) {
    if (action === 'create') return { method: 'POST', path: paths.ivrMenus(), body: desired };
    if (action === 'delete') throw new Error(`IVR menu ${owner.extensionNumber}: the API has no delete for IVR menus`);
    return { method: 'PUT', path: paths.ivrMenu(live?.id ?? owner.extensionId), body: desired };
  },
};

function siteOf(ctx: CompileContext<IvrMenuManifest, IvrSnapshot>): { id: string } | undefined {
  const found = ctx.resolver.extension(ctx.manifest.site!);
  if (!found.ok) return void ctx.report(['site'], found.error);
  if (found.value.type !== 'Site') {
    const { extensionNumber, name, type } = found.value;
    return void ctx.report(['site'], `extension ${extensionNumber} (${name}) is a ${type} extension, not a Site`);
  }
  return { id: found.value.id };
}

/** `say` (with the live language unless one is written) or `audio` by the prompt's name. */
function promptOf(
  ctx: CompileContext<IvrMenuManifest, IvrSnapshot>,
  prompt: IvrPromptManifest,
  have: IvrPromptForm | undefined,
): IvrPromptForm | undefined {
  if (prompt.audio !== undefined) {
    const named = (ctx.live.prompts ?? []).filter((p) => p.filename === prompt.audio);
    if (named.length === 1) return { mode: 'Audio', audio: { id: String(named[0].id) } };
    const known = (ctx.live.prompts ?? []).map((p) => JSON.stringify(p.filename ?? ''));
    const why =
      named.length > 1
        ? `${named.length} IVR prompts of the account are named "${prompt.audio}"; rename one in the admin portal`
        : `the account has no IVR prompt named "${prompt.audio}"${known.length ? ` (it has ${known.join(', ')})` : ''}; uploading audio is out of scope`;
    return void ctx.report(['prompt', 'audio'], why);
  }
  const out: IvrPromptForm = { mode: 'TextToSpeech' };
  if (prompt.say !== undefined) out.text = prompt.say;
  if (prompt.language !== undefined) {
    const found = (ctx.live.languages ?? []).find((l) => l.localeCode?.toLowerCase() === prompt.language!.toLowerCase());
    if (!found) return void ctx.report(['prompt', 'language'], `"${prompt.language}" is not a language of RingCentral's dictionary`);
    out.language = { id: String(found.id) };
  } else if (have?.mode === 'TextToSpeech' && have.language) out.language = have.language;
  return out;
}

function actionsOf(ctx: CompileContext<IvrMenuManifest, IvrSnapshot>, keys: Partial<Record<IvrKey, IvrKeyAction>>): IvrActionForm[] {
  const out: IvrActionForm[] = [];
  for (const key of KEY_ORDER) {
    const action = keys[key];
    if (action === undefined) continue;
    const form = actionOf(ctx, action, ['keys', key]);
    if (form) out.push({ input: KEY_INPUT[key], ...form });
  }
  return sortActions(out);
}

function actionOf(
  ctx: CompileContext<IvrMenuManifest, IvrSnapshot>,
  a: IvrKeyAction,
  at: PathSeg[],
): Omit<IvrActionForm, 'input'> | undefined {
  if (typeof a === 'string') return { action: NAMED_ACTION_API[a] };
  // A key may lead to a menu this plan creates: its id is filled in by apply (Change.fill).
  const extension = (ref: Parameters<typeof ctx.resolver.extension>[0], field: string) => {
    const found = ctx.resolver.extension(ref, { planned: true });
    if (!found.ok) return void ctx.report([...at, field], found.error);
    return { id: found.value.id };
  };
  if ('transferTo' in a) {
    const ext = extension(a.transferTo, 'transferTo');
    return ext && { action: 'Connect', extension: ext };
  }
  if ('voicemail' in a) {
    const ext = extension(a.voicemail, 'voicemail');
    return ext && { action: 'Voicemail', extension: ext };
  }
  if ('forwardTo' in a) {
    const phone = normalizePhone(a.forwardTo.phone);
    if (!phone.ok) return void ctx.report([...at, 'forwardTo', 'phone'], phone.error);
    return { action: 'Transfer', phoneNumber: phone.value };
  }
  const raw = a.raw;
  const phone = raw.phoneNumber === undefined ? undefined : normalizePhone(raw.phoneNumber);
  return {
    action: raw.action,
    ...(raw.extension !== undefined && { extension: { id: String(raw.extension.id) } }),
    ...(phone?.ok && { phoneNumber: phone.value }),
  };
}
