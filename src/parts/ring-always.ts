import type { PathSeg } from '../core/path.js';
import type { RoutingTarget } from '../core/routing.js';
import type { CompileEnv } from './compile-env.js';
import type { RingAlwaysGroupActionRequest } from './dispatching-request.js';
import type { ExportEnv, JsonSchema, LiveObject, RoutingEnv } from './part.js';
import { ringTargetByApiType, ringTargetByKey, ringTargetParts } from './registry.js';

const TYPE = 'RingAlwaysGroupAction' as const;
const KEPT = 'it is left out of the file, so plan leaves it as it is live';

/** The apps a RingAlwaysGroupAction can hold: the parts of the user's own apps. */
const ownApps = () => ringTargetParts().filter((p) => p.ownApps);

/**
 * `ring.always` = RingAlwaysGroupAction: the user's apps that ring alongside every group for
 * the whole ringing time. `[mobile-apps, desktop-apps]` (either or both) turns it on, `[]`
 * turns it off (keeping the live apps, since the API wants at least one), absent keeps live.
 */
export const ringAlways = {
  key: 'always',
  apiType: TYPE,
  reviewName: 'ring always',

  schema(): JsonSchema {
    const words = ownApps().map((p) => p.key);
    return {
      title: 'Ring always',
      description: `Apps that ring alongside every group for the whole ringing time (RingAlwaysGroupAction): ${words.join(', ')} or both; [] turns it off. Absent, the live setting stays.`,
      type: 'array',
      uniqueItems: true,
      items: { type: 'string', enum: words, 'x-errors': { enum: `"{value}" cannot ring always; write ${words.join(' or ')}` } },
    };
  },

  /** The RingAlwaysGroupAction(s) compile writes, from the live ones. */
  compile(
    written: readonly string[],
    live: readonly RingAlwaysGroupActionRequest[],
    env: CompileEnv,
    path: readonly PathSeg[],
  ): RingAlwaysGroupActionRequest[] {
    if (written.length === 0) return live.map((a) => ({ ...a, enabled: false }));
    // The schema lets only the user's own apps (AllMobileRingTarget, AllDesktopRingTarget) ring always.
    const targets = written.map((w, i) => ringTargetByKey(w)!.compile(w, env, [...path, i])) as RingAlwaysGroupActionRequest['targets'];
    return [{ type: TYPE, enabled: true, targets }];
  },

  /** `ring.always` of the live actions; undefined (with the reason given to `env`) when it cannot be written or there is none. */
  toManifest(actions: readonly LiveObject[], env: ExportEnv): string[] | undefined {
    if (actions.length === 0) return undefined;
    if (actions.length > 1) return void env.cannot(`${actions.length} RingAlwaysGroupActions in one rule`, KEPT);
    const a = actions[0];
    if (!a.enabled) return [];
    const out: string[] = [];
    for (const t of (a.targets as LiveObject[] | undefined) ?? []) {
      const part = ringTargetByApiType(t.type);
      const written = part.ownApps ? part.toManifest(t, env) : undefined;
      if (!written?.ok) return void env.cannot(`the ring-always target ${part.reviewName(t)}`, KEPT);
      out.push(written.value as string);
    }
    return out;
  },

  /** The apps that ring alongside every group (enabled actions only). */
  routing(actions: readonly LiveObject[], env: RoutingEnv): RoutingTarget[] {
    return actions
      .filter((a) => a.enabled)
      .flatMap((a) => ((a.targets as LiveObject[] | undefined) ?? []).map((t) => ringTargetByApiType(t.type).routing(t, env)));
  },

  routingOfWritten(written: readonly string[]): RoutingTarget[] {
    return written.map((w) => ringTargetByKey(w)!.routingOfWritten(w));
  },
};
