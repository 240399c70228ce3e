import type { RoutingTarget } from '../../core/routing.js';
import { fail, ok } from '../converted.js';
import type { LiveObject, RingTargetPart } from '../part.js';

const idOf = (ref: unknown) => (ref && typeof ref === 'object' && 'id' in ref ? { id: String(ref.id) } : undefined);

/**
 * The user's own apps (`mobile-apps`, `desktop-apps`): a bare word in the manifest, a target
 * with only its type in the API. RingCentral keeps one group of each on every rule.
 */
export function ownAppsPart(
  word: 'mobile-apps' | 'desktop-apps',
  apiType: 'AllMobileRingTarget' | 'AllDesktopRingTarget',
  spoken: string,
): RingTargetPart<typeof word> {
  return {
    key: word,
    word: true,
    apiTypes: [apiType],
    writtenAs: word,
    ownApps: true,
    compile: () => ({ type: apiType }),
    comparable: (t: LiveObject) => (t.extension ? { type: apiType, extension: idOf(t.extension) } : { type: apiType }),
    toManifest: (t: LiveObject) =>
      t.extension ? fail(`a ${word} ring target that names extension ${String(idOf(t.extension)?.id)}`) : ok(word),
    routing: (): RoutingTarget => word,
    routingOfWritten: (): RoutingTarget => word,
    describe: () => spoken,
    expectText: () => word,
    expectKey: () => word,
    reviewName: () => spoken,
  };
}
