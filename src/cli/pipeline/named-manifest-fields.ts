import type { ManifestField } from '../../core/plan.js';
import type { StandardGreeting } from '../../core/references.js';
import { mentionsPreset } from '../../export/label-references.js';
import { Resolver } from '../../resolve/resolver.js';
import { manifestFields, type FieldsInput } from './manifest-fields.js';

/**
 * Each change's manifest-level `fields`, with names beside ids (pure). Preset greetings are
 * named from the greetings dictionary: when a change shows a preset and the dictionary was not
 * read, the answer is that it is needed (the caller reads it, one GET, and asks again).
 */
export function namedManifestFields(
  input: FieldsInput,
  greetings: StandardGreeting[] | undefined,
): { fields: Map<string, ManifestField[]> } | { needs: 'greetings' } {
  const resolver = new Resolver(input.extensions);
  const fields = manifestFields(input, {
    extension: (ref) => {
      const found = resolver.extension(ref);
      return found.ok ? found.value : undefined;
    },
    greetings,
  });
  const showsPreset = [...fields.values()].flat().some((f) => f.path.endsWith('.preset') || mentionsPreset([f.before, f.after]));
  return !greetings && showsPreset ? { needs: 'greetings' } : { fields };
}
