import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTargetRequests, TARGETS_COMMENT } from '../../src/core/api/spec-schemas.js';
import { partsSchemaDefinitions, routingTestSchemaDefinitions, spliceDefinitions } from '../../src/parts/parts-schema.js';
import { destinationParts, greetingActionParts, ringTargetParts } from '../../src/parts/registry.js';

const FILE = new URL('../../schemas/manifest-v1.schema.json', import.meta.url);

describe('schemas/manifest-v1.schema.json', () => {
  it('holds the definitions the parts generate (run `npm run gen:schema` when this fails)', () => {
    const text = readFileSync(FILE, 'utf8');
    expect(spliceDefinitions(text, partsSchemaDefinitions())).toBe(text);
  });

  it('schemas/routing-test-v1.schema.json holds the ring target forms the parts generate (run `npm run gen:schema` when this fails)', () => {
    const text = readFileSync(new URL('../../schemas/routing-test-v1.schema.json', import.meta.url), 'utf8');
    expect(spliceDefinitions(text, routingTestSchemaDefinitions())).toBe(text);
  });

  it('names every part with a manifest form', () => {
    const defs = JSON.parse(readFileSync(FILE, 'utf8')).definitions;
    for (const p of ringTargetParts().filter((p) => p.schema)) expect(Object.keys(defs.ringTarget.else.properties)).toContain(p.key);
    for (const p of ringTargetParts().filter((p) => p.word)) expect(defs.ringTarget.then.enum).toContain(p.key);
    for (const p of destinationParts().filter((p) => p.schema))
      expect(Object.keys(defs.destination.properties)).toContain(p.key.split('.')[0]);
    for (const p of greetingActionParts()) expect(Object.keys(defs.greetingSection.properties)).toContain(p.key);
  });

  it('schemas/ringcentral-target-requests.json is the extract of the spec copy (run `npm run gen:schema` when this fails)', () => {
    const spec = JSON.parse(readFileSync(new URL('../../spec/ringcentral-api/openapi-subset.json', import.meta.url), 'utf8'));
    const file = JSON.parse(readFileSync(new URL('../../schemas/ringcentral-target-requests.json', import.meta.url), 'utf8'));
    expect(file).toEqual({ $comment: TARGETS_COMMENT, ...extractTargetRequests(spec) });
    // Every target type of the spec has its request schema in the extract.
    for (const base of ['CommRingTargetRequest', 'CommTerminatingTargetRequest']) {
      for (const ref of Object.values(spec.components.schemas[base].discriminator.mapping) as string[]) {
        expect(file.components.schemas).toHaveProperty(ref.replace('#/components/schemas/', ''));
      }
    }
  });

  it('splices only the named definitions, leaving the rest of the text as it is', () => {
    const text = '{\n  "definitions": {\n    "a": {\n      "x": 1\n    },\n    "b": {\n      "y": "\\u2026"\n    }\n  }\n}\n';
    expect(spliceDefinitions(text, { a: { z: '…' } })).toBe(
      '{\n  "definitions": {\n    "a": {\n      "z": "\\u2026"\n    },\n    "b": {\n      "y": "\\u2026"\n    }\n  }\n}\n',
    );
  });
});
