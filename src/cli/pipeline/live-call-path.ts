import { UserError } from '../../core/problem.js';
import type { RoutingCall } from '../../core/routing.js';
import type { ApiClient } from '../../live/api-client.js';
import { readExtensions } from '../../live/read-live.js';
import { readOwner } from '../../live/read-owners.js';
import { ownerTypeOfExtension, ownerTypeOfKind, ownerWords, type OwnerWords } from '../../core/owner-words.js';
import type { OwnerType } from '../../core/plan.js';
import { readTimeZone } from '../../live/read-time-zone.js';
import { Resolver } from '../../resolve/resolver.js';
import type { ExtensionInfo } from '../../core/references.js';
import { followCallWith, type CallPath, type PathStart } from '../../simulate/follow-call.js';
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
 * The extension a live model names where a call goes next: its number or id, as `1500` or
 * `1500 (Main IVR)`; undefined when the account has none.
 */
function extensionOfLabel(resolver: Resolver, label: string): ExtensionInfo | undefined {
  const token = label.trim().split(' ')[0];
  const r = resolver.extension(token);
  if (r.ok) return r.value;
  const byId = resolver.extension({ id: token });
  return byId.ok ? byId.value : undefined;
}

/** One owner's live routing model, with its id, number and name for its hop. */
async function liveStart(client: ApiClient, extensions: ExtensionInfo[], type: OwnerType, ext?: ExtensionInfo): Promise<PathStart> {
  const routing = ownerRouting[type] as OwnerRouting<OwnerType>;
  // The company is the account itself: no extension to find.
  if (!ext) return { model: routing.fromLive(await readOwner(client, { type, extensionId: '~' }), { label: 'the company', extensions }) };
  const opts = { label: `${ext.extensionNumber} (${ext.name})`, extensions, timeZone: await readTimeZone(client, ext.id) };
  const snapshot = await readOwner(client, { type, extensionId: ext.id, extensionNumber: ext.extensionNumber });
  return { model: routing.fromLive(snapshot, opts), identity: { id: ext.id, extensionNumber: ext.extensionNumber, name: ext.name } };
}

/**
 * A call through the live configuration (GET only): the extension list to find the first owner
 * and name the extensions rules point at, then each owner's time zone and rules, hop by hop
 * (a transfer to a menu, a call queue, a user or a site reads that owner next).
 */
export async function liveCallPath(
  io: CliIO,
  kind: OwnerWords['manifestKind'],
  written: string,
  call: RoutingCall,
): Promise<{ start: PathStart; path: CallPath }> {
  const client = await openClient(io);
  try {
    const extensions = await readExtensions(client);
    const resolver = new Resolver(extensions);
    const type = ownerTypeOfKind(kind);
    let ext: ExtensionInfo | undefined;
    if (!ownerWords[type].account) {
      ext = findExtension(resolver, written);
      if (ext.type !== ownerWords[type].extensionType)
        throw new UserError(`extension ${ext.extensionNumber} (${ext.name}) is a ${ext.type} extension, not a ${kind}`);
    }
    const start = await liveStart(client, extensions, type, ext);
    const path = await followCallWith(start, call, async (label) => {
      const next = extensionOfLabel(resolver, label);
      const nextType = next && ownerTypeOfExtension(next.type);
      // An announcement, a voicemail box, a limited extension: the call ends there.
      return nextType && !ownerWords[nextType].account ? liveStart(client, extensions, nextType, next) : undefined;
    });
    return { start, path };
  } finally {
    await client.close();
  }
}
