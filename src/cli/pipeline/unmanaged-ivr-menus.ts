import type { ApiSchema } from '../../core/api/api-types.js';
import type { ManifestDocument } from '../../core/document.js';
import type { IvrMenuManifest } from '../../core/manifest.js';
import type { PlanWarning, UnmanagedObject } from '../../core/plan.js';
import { IVR_MENU } from '../../kinds/ivr-menu/ivr-menu-kind.js';

/**
 * Live IVR menus no document names, when the plan manages IVR menus at all: the API cannot
 * delete a menu, so they are only reported. `managed` are the extension numbers of the menus
 * every document of the repository names (a plan of changed documents only still knows the
 * others are managed).
 */
export function unmanagedIvrMenus(
  documents: ManifestDocument[],
  menus: ApiSchema<'IvrMenuListInfo'>[],
  managed: Set<string>,
): { unmanaged: UnmanagedObject[]; warnings: PlanWarning[] } {
  const out = { unmanaged: [] as UnmanagedObject[], warnings: [] as PlanWarning[] };
  const ivrDocs = documents.filter((d) => d.data.kind === 'IvrMenu');
  if (ivrDocs.length === 0) return out;
  const { file, line, col } = ivrDocs[0].locate(['kind']);
  for (const menu of menus) {
    const number = String(menu.extensionNumber ?? '');
    if (managed.has(number)) continue;
    const id = String(menu.id ?? '');
    out.unmanaged.push({
      kind: 'ivr-menu',
      target: { extension: number, extensionId: id, name: IVR_MENU, owner: 'ivr', ownerName: menu.name ?? '' },
      id,
    });
    const message = `IVR menu ${number}${menu.name ? ` (${menu.name})` : ''} is unmanaged: no document names it, and it is left as it is (the API has no delete for IVR menus)`;
    out.warnings.push({ file, line, column: col, message });
  }
  return out;
}

/** The extension numbers of the IVR menus the documents name. */
export function ivrMenusNamed(documents: ManifestDocument[]): Set<string> {
  return new Set(documents.filter((d) => d.data.kind === 'IvrMenu').map((d) => String((d.data as IvrMenuManifest).extension).trim()));
}
