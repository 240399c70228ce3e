import { readFileSync, writeFileSync } from 'node:fs';
import { partsSchemaDefinitions, spliceDefinitions } from '../src/parts/parts-schema.js';

/** Writes the parts' definitions into schemas/manifest-v1.schema.json (`npm run gen:schema`). */
const file = new URL('../schemas/manifest-v1.schema.json', import.meta.url);
const before = readFileSync(file, 'utf8');
const after = spliceDefinitions(before, partsSchemaDefinitions());
if (after !== before) writeFileSync(file, after);
process.stdout.write(after === before ? 'schemas/manifest-v1.schema.json is up to date\n' : 'schemas/manifest-v1.schema.json regenerated\n');
