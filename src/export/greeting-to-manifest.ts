import type { Greeting } from '../core/manifest.js';
import { fail, ok, type Converted } from './extension-refs.js';

const idOf = (ref: any): string | undefined => (ref && ref.id !== undefined && ref.id !== '' ? String(ref.id) : undefined);

/**
 * A live greeting (request form) → `{preset: id}` or `{custom: id}`. Ids, not names: preset
 * names can be ambiguous across greeting types, ids never are.
 *
 * Compile writes `{preset}` as a bare preset and `{custom}` as the custom greeting plus the
 * live preset beside it (RingCentral requires one). So a preset that carries a custom id, or a
 * custom greeting without a preset (compile would add the default one), cannot round-trip.
 */
export function greetingToManifest(g: any): Converted<Greeting> {
  const preset = idOf(g?.preset);
  const custom = idOf(g?.custom);
  const type = g?.effectiveGreetingType ?? (custom ? 'Custom' : 'Preset');
  if (type === 'Preset' && preset) {
    return custom ? fail(`the custom greeting ${custom} stored beside the preset ${preset} in use`) : ok({ preset });
  }
  if (type === 'Custom' && custom) {
    return preset ? ok({ custom }) : fail(`the custom greeting ${custom} without the preset RingCentral keeps beside it`);
  }
  return fail(`a greeting of type ${String(type)} without its id`);
}

/** True when a live greeting is exactly the given preset (RingCentral's default for its role). */
export function isPreset(g: any, presetId: string): boolean {
  return (g?.effectiveGreetingType ?? 'Preset') === 'Preset' && idOf(g?.preset) === presetId && !idOf(g?.custom);
}
