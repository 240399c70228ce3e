import { fieldsOf } from '../core/fields-of.js';
import type { Greeting } from '../core/manifest.js';
import type { PathSeg } from '../core/path.js';
import type { GreetingRole } from '../core/references.js';
import type { ApiSchema } from '../core/api/api-types.js';
import type { CompileEnv } from './compile-env.js';
import { fail, ok, type Converted } from './converted.js';

/**
 * The common value `<greeting>` (`{preset}` / `{custom}`) that greeting actions, voicemail and
 * announcements share: compile, comparable form, export and label, in one place.
 */
export type ApiGreeting = ApiSchema<'CommGreetingResource'>;

type GreetingType = ApiGreeting['effectiveGreetingType'];
type GreetingId = ApiSchema<'CommGreetingIdResource'>;

const idOf = (ref: unknown): string | undefined => {
  const { id } = fieldsOf(ref);
  return id !== undefined && id !== '' ? String(id) : undefined;
};
const pickId = (ref: unknown): GreetingId | undefined => {
  const { id } = fieldsOf(ref);
  return id !== undefined ? { id: String(id) } : undefined;
};

/**
 * A greeting in API form. `{custom}` keeps the preset RingCentral requires beside it (the live
 * one, else the default for that role), since `preset` is mandatory even for custom greetings.
 */
export function compileGreeting(
  env: CompileEnv,
  g: Greeting,
  role: GreetingRole,
  base: ApiGreeting | undefined,
  defaultPreset: string,
  path: readonly PathSeg[],
): ApiGreeting {
  const r = env.resolver.greeting(g, role);
  if (!r.ok) {
    env.report(path, r.error);
    return base ?? { effectiveGreetingType: 'Preset', preset: { id: defaultPreset } };
  }
  if (r.value.source === 'Preset') return { effectiveGreetingType: 'Preset', preset: { id: r.value.id } };
  const preset = base?.preset?.id ? { id: String(base.preset.id) } : { id: defaultPreset };
  return { effectiveGreetingType: 'Custom', preset, custom: { id: r.value.id } };
}

/**
 * The comparable (request) form of a live greeting: its type and ids, names dropped. What the
 * response lacks stays missing (no greeting, no preset), so the plan shows compile adding it.
 */
export function greetingForm(live: unknown): ApiGreeting {
  if (!live || typeof live !== 'object') return live as ApiGreeting;
  const g = fieldsOf(live);
  const out: Partial<ApiGreeting> = {
    effectiveGreetingType: (g.effectiveGreetingType ?? (g.custom ? 'Custom' : 'Preset')) as GreetingType,
  };
  if (g.preset) out.preset = pickId(g.preset);
  if (g.custom) out.custom = pickId(g.custom);
  return out as ApiGreeting;
}

/**
 * A live greeting (request form) → `{preset: id}` or `{custom: id}`. Ids, not names: preset
 * names can be ambiguous across greeting types, ids never are.
 *
 * Compile writes `{preset}` as a bare preset and `{custom}` as the custom greeting plus the
 * live preset beside it (RingCentral requires one). So a preset that carries a custom id, or a
 * custom greeting without a preset (compile would add the default one), cannot round-trip.
 */
export function greetingToManifest(live: unknown): Converted<Greeting> {
  const g = fieldsOf(live);
  const preset = idOf(g.preset);
  const custom = idOf(g.custom);
  const type = g.effectiveGreetingType ?? (custom ? 'Custom' : 'Preset');
  if (type === 'Preset' && preset) {
    return custom ? fail(`the custom greeting ${custom} stored beside the preset ${preset} in use`) : ok({ preset });
  }
  if (type === 'Custom' && custom) {
    return preset ? ok({ custom }) : fail(`the custom greeting ${custom} without the preset RingCentral keeps beside it`);
  }
  return fail(`a greeting of type ${String(type)} without its id`);
}

/** True when a live greeting is exactly the given preset (RingCentral's default for its role). */
export function isPreset(live: unknown, presetId: string): boolean {
  const g = fieldsOf(live);
  return (g.effectiveGreetingType ?? 'Preset') === 'Preset' && idOf(g.preset) === presetId && !idOf(g.custom);
}

/** `custom 5072424004` / `preset 66048`, from an API greeting object. */
export function apiGreetingLabel(live: unknown): string | undefined {
  const g = fieldsOf(live);
  const custom = fieldsOf(g.custom).id;
  const preset = fieldsOf(g.preset).id;
  if (g.effectiveGreetingType === 'Custom' && custom !== undefined) return `custom ${String(custom)}`;
  return preset !== undefined ? `preset ${String(preset)}` : undefined;
}

/** The same label for a greeting as a manifest writes it. */
export function greetingLabel(g: Greeting): string {
  return 'custom' in g ? `custom ${g.custom}` : `preset ${g.preset}`;
}
