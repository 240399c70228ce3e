import type { ApiSchema } from '../core/api/api-types.js';
import type { IvrSnapshot } from '../kinds/context.js';
import { paths } from '../kinds/shared/paths.js';
import type { ApiClient } from './api-client.js';
import { MalformedResponseError } from './check-responses.js';
import { getAllPages } from './paged.js';

/**
 * An IVR menu's live state: the menu by id (none when no menu has the extension number yet),
 * the account's IVR prompts (an audio prompt named or exported) and the language dictionary (a
 * language named), each read only when needed.
 */
export async function readIvr(
  client: ApiClient,
  menuId: string,
  opts: { prompts?: boolean; languages?: boolean } = {},
): Promise<IvrSnapshot> {
  const [menu, prompts, languages] = await Promise.all([
    menuId ? (client.get(paths.ivrMenu(menuId)) as Promise<ApiSchema<'IvrMenuInfo'>>) : undefined,
    opts.prompts ? readIvrPrompts(client) : undefined,
    opts.languages ? readLanguages(client) : undefined,
  ]);
  if (menu !== undefined && (typeof menu !== 'object' || menu === null || menu.id === undefined || !Array.isArray(menu.actions ?? []))) {
    throw new MalformedResponseError(`GET ${paths.ivrMenu(menuId)}`, 'an IVR menu with its id');
  }
  return { ...(menu && { menu }), ...(prompts && { prompts }), ...(languages && { languages }) };
}

export function readIvrPrompts(client: ApiClient): Promise<ApiSchema<'PromptInfo'>[]> {
  return getAllPages<ApiSchema<'PromptInfo'>>(client, paths.ivrPrompts(), {}, 1000);
}

export function readLanguages(client: ApiClient): Promise<ApiSchema<'LanguageInfo'>[]> {
  return getAllPages<ApiSchema<'LanguageInfo'>>(client, paths.languages(), {}, 1000);
}

/** The account's IVR menus (id, name, extension number), for export --all-ivrs and unmanaged menus. */
export function readIvrMenuList(client: ApiClient): Promise<ApiSchema<'IvrMenuListInfo'>[]> {
  return getAllPages<ApiSchema<'IvrMenuListInfo'>>(client, paths.ivrMenus(), {}, 1000);
}
