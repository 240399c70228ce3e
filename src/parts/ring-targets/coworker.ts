import type { ExtRef } from '../../core/manifest.js';
import type { RoutingTarget } from '../../core/routing.js';
import type { PathSeg } from '../../core/path.js';
import { extensionId, type CompileEnv } from '../compile-env.js';
import { fail, ok } from '../converted.js';
import type { LiveObject } from '../part.js';
import { refLabel } from '../ref-label.js';
import { registerRingTarget } from '../register.js';

type Written = { coworker: ExtRef };

const idOf = (t: LiveObject) => String((t.extension as { id?: unknown } | undefined)?.id);
const named = (t: RoutingTarget) => (typeof t === 'string' ? t : String(t.coworker));

/** RingCentral rings only users as coworkers: anything else is a plan error at the target, before any write. */
function userId(env: CompileEnv, ref: ExtRef, path: readonly PathSeg[]): string {
  const r = env.resolver.extension(ref);
  if (r.ok && r.value.type !== 'User') {
    const name = r.value.name ? `${r.value.name}, ` : '';
    const article = /^[AEIOU]/.test(r.value.type) ? 'an' : 'a';
    env.report(
      path,
      `coworker ${JSON.stringify(String(refLabel(ref)))} is ${name}${article} ${r.value.type} extension; a coworker must be a User extension (to send calls to it, use forwardTo: {extension: …})`,
    );
    return r.value.id;
  }
  return extensionId(env, ref, path);
}

/** `{coworker: <ext>}` = CoworkerRingTarget: another user of the account. */
export const coworker = registerRingTarget<Written>({
  key: 'coworker',
  apiTypes: ['CoworkerRingTarget'],
  writtenAs: '{coworker: <extension>}',
  schema: { description: "Ring a co-worker's extension.", $ref: '#/definitions/extRef' },
  references: [{ path: ['coworker'], reference: 'extension', role: 'the co-worker to ring' }],
  compile: (t, env, path) => ({ type: 'CoworkerRingTarget', extension: { id: userId(env, t.coworker, [...path, 'coworker']) } }),
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
