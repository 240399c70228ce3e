import type { ApiSchema } from '../../core/api/api-types.js';
import { sortActions, type IvrActionForm } from './ivr-actions.js';

/**
 * An IVR menu in comparable form: the request body (IvrMenuInfoUpdate) with what RingCentral
 * adds for reading (uris, names beside ids, the language's name and locale) left out, and the
 * keys in keypad order, so that equal menus are deep-equal.
 */
export interface IvrMenuForm {
  name?: string;
  extensionNumber: string;
  site?: { id: string };
  promptRepeatCount?: number;
  prompt?: IvrPromptForm;
  actions?: IvrActionForm[];
}

export type IvrPromptForm = { mode: 'TextToSpeech'; text?: string; language?: { id: string } } | { mode: 'Audio'; audio: { id: string } };

export function ivrMenuForm(menu: ApiSchema<'IvrMenuInfo'>): IvrMenuForm {
  const form: IvrMenuForm = { extensionNumber: String(menu.extensionNumber ?? '') };
  if (menu.name !== undefined) form.name = menu.name;
  if (menu.site?.id !== undefined) form.site = { id: String(menu.site.id) };
  if (menu.promptRepeatCount !== undefined) form.promptRepeatCount = menu.promptRepeatCount;
  const prompt = promptForm(menu.prompt);
  if (prompt) form.prompt = prompt;
  form.actions = sortActions((menu.actions ?? []).map(actionForm));
  return form;
}

function promptForm(p: ApiSchema<'IvrMenuInfo'>['prompt']): IvrPromptForm | undefined {
  if (!p?.mode) return undefined;
  if (p.mode === 'Audio') return { mode: 'Audio', audio: { id: String(p.audio?.id ?? '') } };
  return {
    mode: 'TextToSpeech',
    ...(p.text !== undefined && { text: p.text }),
    ...(p.language?.id !== undefined && { language: { id: String(p.language.id) } }),
  };
}

function actionForm(a: ApiSchema<'IvrMenuActionsInfo'>): IvrActionForm {
  return {
    input: String(a.input ?? ''),
    action: String(a.action ?? ''),
    ...(a.extension?.id !== undefined && { extension: { id: String(a.extension.id) } }),
    ...(a.phoneNumber !== undefined && { phoneNumber: a.phoneNumber }),
  };
}
