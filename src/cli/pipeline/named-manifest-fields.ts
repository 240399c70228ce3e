import type { ManifestField } from '../../core/plan.js';
import type { StandardGreeting } from '../../core/references.js';
import { mentionsPreset } from '../../export/label-references.js';
import type { ApiClient } from '../../live/api-client.js';
import { readStandardGreetings } from '../../live/read-live.js';
import { Resolver } from '../../resolve/resolver.js';
import { manifestFields, type FieldsInput } from './manifest-fields.js';

/**
 * Each change's manifest-level `fields`, with names beside ids. Preset greetings are named from
 * the greetings dictionary: read here (one GET) only when a change shows a preset and the
 * caller has not read it already.
 */
export async function namedManifestFields(
  client: ApiClient,
  input: FieldsInput,
  greetings?: StandardGreeting[],
): Promise<Map<string, ManifestField[]>> {
  const resolver = new Resolver(input.extensions);
  const fieldsWith = (dictionary?: StandardGreeting[]) =>
    manifestFields(input, {
      extension: (ref) => {
        const found = resolver.extension(ref);
        return found.ok ? found.value : undefined;
      },
      greetings: dictionary,
    });
  const fields = fieldsWith(greetings);
  const showsPreset = [...fields.values()].flat().some((f) => f.path.endsWith('.preset') || mentionsPreset([f.before, f.after]));
  return !greetings && showsPreset ? fieldsWith(await readStandardGreetings(client)) : fields;
}
