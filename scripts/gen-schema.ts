import { readFileSync, writeFileSync } from 'node:fs';
import { extractTargetRequests, TARGETS_COMMENT } from '../src/core/api/spec-schemas.js';
import { partsSchemaDefinitions, routingTestSchemaDefinitions, spliceDefinitions } from '../src/parts/parts-schema.js';

/** Writes the parts' definitions into schemas/manifest-v1.schema.json (`npm run gen:schema`). */
const file = new URL('../schemas/manifest-v1.schema.json', import.meta.url);
const before = readFileSync(file, 'utf8');
const after = spliceDefinitions(before, partsSchemaDefinitions());
if (after !== before) writeFileSync(file, after);
process.stdout.write(
  after === before ? 'schemas/manifest-v1.schema.json is up to date\n' : 'schemas/manifest-v1.schema.json regenerated\n',
);

/** The parts' definitions of schemas/routing-test-v1.schema.json. */
const routingTests = new URL('../schemas/routing-test-v1.schema.json', import.meta.url);
const testsBefore = readFileSync(routingTests, 'utf8');
const testsAfter = spliceDefinitions(testsBefore, routingTestSchemaDefinitions());
if (testsAfter !== testsBefore) writeFileSync(routingTests, testsAfter);
process.stdout.write(
  testsAfter === testsBefore ? 'schemas/routing-test-v1.schema.json is up to date\n' : 'schemas/routing-test-v1.schema.json regenerated\n',
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
