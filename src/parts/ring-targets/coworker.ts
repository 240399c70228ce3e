import type { ExtRef } from '../../core/manifest.js';
import type { RoutingTarget } from '../../core/routing.js';
import { extensionId } from '../compile-env.js';
import { fail, ok } from '../converted.js';
import type { ApiRingTarget, LiveObject } from '../part.js';
import { refLabel } from '../ref-label.js';
import { registerRingTarget } from '../register.js';

type Written = { coworker: ExtRef };

const idOf = (t: LiveObject) => String((t.extension as { id?: unknown } | undefined)?.id);
const named = (t: RoutingTarget) => (typeof t === 'string' ? t : String(t.coworker));

/** `{coworker: <ext>}` = CoworkerRingTarget: another user of the account. */
export const coworker = registerRingTarget<Written>({
  key: 'coworker',
  apiTypes: ['CoworkerRingTarget'],
  writtenAs: '{coworker: <extension>}',
  schema: { description: "Ring a co-worker's extension.", $ref: '#/definitions/extRef' },
  compile: (t, env, path) => ({ type: 'CoworkerRingTarget', extension: { id: extensionId(env, t.coworker, [...path, 'coworker']) } }) as ApiRingTarget,
  comparable: (t) => ({ type: 'CoworkerRingTarget', extension: t.extension === undefined ? undefined : { id: idOf(t) } }),
  toManifest: (t, env) => {
    const ref = env.ref(idOf(t));
    return ref === undefined ? fail(`a coworker ring target whose extension ${idOf(t)} is not in the account`) : ok({ coworker: ref });
  },
  routing: (t, env) => ({ coworker: env.label(idOf(t)) }),
  routingOfWritten: (t) => ({ coworker: refLabel(t.coworker) }),
  describe: (t) => `co-worker ${named(t)}`,
  expectText: (t) => `{coworker: "${named(t)}"}`,
  expectKey: (t) => `coworker:${named(t).toLowerCase()}`,
  reviewName: (t) => `coworker ${idOf(t)}`,
});
