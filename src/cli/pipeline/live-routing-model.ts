import { UserError } from '../../core/problem.js';
import type { RoutingModel } from '../../core/routing.js';
import { readExtensions } from '../../live/read-live.js';
import { readOwner } from '../../live/read-owners.js';
import { ownerTypeOfKind, ownerWords } from '../../core/owner-words.js';
import type { OwnerType } from '../../core/plan.js';
import { readTimeZone } from '../../live/read-time-zone.js';
import { Resolver } from '../../resolve/resolver.js';
import type { ExtensionInfo } from '../../core/references.js';
import { ownerRouting, type OwnerRouting } from '../../simulate/owner-routing.js';
import type { CliIO } from '../io.js';
import { openClient } from './open-client.js';

/** `101` → extension number (or id), `a@b.c` → email, anything else → name. */
function findExtension(resolver: Resolver, written: string): ExtensionInfo {
  const text = written.trim();
  let r = /^\d+$/.test(text) ? resolver.extension(text) : resolver.extension(text.includes('@') ? { email: text } : { name: text });
  if (!r.ok && /^\d+$/.test(text)) {
    const byId = resolver.extension({ id: text });
    if (byId.ok) r = byId;
  }
  if (!r.ok) throw new UserError(r.error);
  return r.value;
}

/**
 * The live configuration of one user or site as a routing model (GET only): the extension
 * list to find it and name the extensions its rules point at, its time zone, and its rules.
 */
export async function liveRoutingModel(
  io: CliIO,
  kind: 'User' | 'Site' | 'Company' | 'CallQueue' | 'IvrMenu',
  written: string,
): Promise<RoutingModel> {
  const client = await openClient(io);
  try {
    const extensions = await readExtensions(client);
    const type = ownerTypeOfKind(kind);
    const routing = ownerRouting[type] as OwnerRouting<OwnerType>;
    // The company is the account itself: no extension to find.
    if (ownerWords[type].account)
      return routing.fromLive(await readOwner(client, { type, extensionId: '~' }), { label: 'the company', extensions });
    const ext = findExtension(new Resolver(extensions), written);
    if (ext.type !== ownerWords[type].extensionType)
      throw new UserError(`extension ${ext.extensionNumber} (${ext.name}) is a ${ext.type} extension, not a ${kind}`);
    const opts = { label: `${ext.extensionNumber} (${ext.name})`, extensions, timeZone: await readTimeZone(client, ext.id) };
    return routing.fromLive(await readOwner(client, { type, extensionId: ext.id, extensionNumber: ext.extensionNumber }), opts);
  } finally {
    await client.close();
  }
}
