import { UserError } from '../../core/problem.js';
import type { RoutingModel } from '../../core/routing.js';
import { readCompany, readExtensions, readSite, readUser } from '../../live/read-live.js';
import { readTimeZone } from '../../live/read-time-zone.js';
import { Resolver } from '../../resolve/resolver.js';
import type { ExtensionInfo } from '../../core/references.js';
import { companyModelFromLive, siteModelFromLive, userModelFromLive } from '../../simulate/live-to-model.js';
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
export async function liveRoutingModel(io: CliIO, kind: 'User' | 'Site' | 'Company', written: string): Promise<RoutingModel> {
  const client = await openClient(io);
  try {
    const extensions = await readExtensions(client);
    if (kind === 'Company') return companyModelFromLive(await readCompany(client), { label: 'the company', extensions });
    const ext = findExtension(new Resolver(extensions), written);
    if (ext.type !== kind) throw new UserError(`extension ${ext.extensionNumber} (${ext.name}) is a ${ext.type} extension, not a ${kind}`);
    const opts = { label: `${ext.extensionNumber} (${ext.name})`, extensions, timeZone: await readTimeZone(client, ext.id) };
    if (kind === 'Site') return siteModelFromLive(await readSite(client, ext.id), opts);
    return userModelFromLive(await readUser(client, ext.id, ext.extensionNumber), opts);
  } finally {
    await client.close();
  }
}
