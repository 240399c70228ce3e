import { readFileSync, writeFileSync } from 'node:fs';
import { extractTargetRequests, TARGETS_COMMENT } from '../src/core/api/spec-schemas.js';
import { partsSchemaDefinitions, spliceDefinitions } from '../src/parts/parts-schema.js';

/** Writes the parts' definitions into schemas/manifest-v1.schema.json (`npm run gen:schema`). */
const file = new URL('../schemas/manifest-v1.schema.json', import.meta.url);
const before = readFileSync(file, 'utf8');
const after = spliceDefinitions(before, partsSchemaDefinitions());
if (after !== before) writeFileSync(file, after);
process.stdout.write(
  after === before ? 'schemas/manifest-v1.schema.json is up to date\n' : 'schemas/manifest-v1.schema.json regenerated\n',
);

/** The target request schemas raw parts are checked against, extracted from the spec copy. */
const targets = new URL('../schemas/ringcentral-target-requests.json', import.meta.url);
const spec = JSON.parse(readFileSync(new URL('../spec/ringcentral-api/openapi-subset.json', import.meta.url), 'utf8'));
const extracted = `${JSON.stringify({ $comment: TARGETS_COMMENT, ...extractTargetRequests(spec) }, null, 2)}\n`;
let old = '';
try {
  old = readFileSync(targets, 'utf8');
} catch {
  // first run
}
if (old !== extracted) writeFileSync(targets, extracted);
process.stdout.write(
  old === extracted ? 'schemas/ringcentral-target-requests.json is up to date\n' : 'schemas/ringcentral-target-requests.json regenerated\n',
);
