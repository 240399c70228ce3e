import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { MAX_RING_SECONDS } from '../../src/core/defaults.js';
import { USER_STATE_IDS, WEEKDAYS } from '../../src/core/manifest.js';
import { MANIFEST_SCHEMA_URL, manifestSchema } from '../../src/validate/manifest-schema.js';

type Node = Record<string, any>;
const schema = JSON.parse(readFileSync(MANIFEST_SCHEMA_URL, 'utf8')) as Node;
const defs = schema.definitions as Record<string, Node>;

describe('manifest JSON Schema', () => {
  it('compiles with a plain ajv (allErrors, strict) as editors and other tools would use it', () => {
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
    ajv.addKeyword('x-errors');
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('selects each kind with if/then on kind, so a new kind is one more entry', () => {
    expect(schema.properties.kind.enum).toEqual(['User', 'Site', 'Company', 'CallQueue', 'Schedule', 'IvrMenu', 'RoutingTest']);
    expect(schema.allOf.map((entry: Node) => entry.if.properties.kind.const)).toEqual([
      'User',
      'Site',
      'Company',
      'CallQueue',
      'Schedule',
      'IvrMenu',
      'RoutingTest',
    ]);
  });

  it('accepts {use: …} wherever a <schedule> stands (manifest-v1.md), except inside a Schedule document', () => {
    // A schedule definition is one with weekly or ranges among its forms (the object itself, or
    // the `else` of one that also takes a word such as `always`).
    const schedules = Object.entries(defs as Record<string, Node>)
      .map(([name, def]) => [name, def.else ?? def] as const)
      .filter(([, def]) => def.properties?.weekly || def.properties?.ranges);
    expect(schedules.length).toBeGreaterThanOrEqual(7);
    for (const [name, def] of schedules) {
      if (name === 'scheduleShared') expect(def.properties.use, name).toBeUndefined();
      else expect(def.properties.use, name).toEqual({ $ref: '#/definitions/scheduleUse' });
    }
  });

  it('states the rule capability table of manifest-v1.md', () => {
    const allowed = (def: string) => Object.keys(defs[def].properties);
    expect({
      'forward-all-calls': allowed('ruleForwardAll'),
      dnd: allowed('ruleDnd'),
      'work-hours': allowed('ruleWorkHours'),
      'after-hours': allowed('ruleAfterHours'),
      agent: allowed('ruleAgent'),
    }).toEqual({
      'forward-all-calls': ['immediately'],
      dnd: ['immediately'],
      'work-hours': ['greeting', 'ring', 'ifNoAnswer'],
      'after-hours': ['greeting', 'ring', 'ifNoAnswer', 'immediately'],
      agent: ['ring'],
    });
    expect(Object.keys(defs.userRules.properties)).toEqual([...USER_STATE_IDS]);
  });

  it('uses the API limits the code uses', () => {
    expect(defs.ringSeconds.maximum).toBe(MAX_RING_SECONDS);
    expect(defs.ringSeconds.multipleOf).toBe(5);
    expect(defs.hoursList.maxItems).toBe(20);
    expect(Object.keys(defs.weekly.properties)).toEqual([...WEEKDAYS]);
  });

  it('rejects unknown fields everywhere', () => {
    const objects: string[] = [];
    const visit = (node: unknown, where: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Node;
      // An `if` only tests which branch applies; the branches are what must be closed.
      if (n.properties && !n.if && where !== '#' && !where.endsWith('/if')) {
        // `raw` objects say `additionalProperties: true` on purpose: they are the API's request
        // objects, checked against RingCentral's own schema instead.
        if (n.additionalProperties !== false && !(n.additionalProperties === true && where.endsWith('/raw'))) objects.push(where);
      }
      for (const [key, value] of Object.entries(n)) visit(value, `${where}/${key}`);
    };
    visit(defs, '#/definitions');
    expect(objects).toEqual([]);
  });

  it('gives every definition a title or description for editors', () => {
    const missing = Object.entries(defs)
      .filter(([, def]) => !def.title && !def.description)
      .map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it('compiles once per process', () => {
    expect(manifestSchema()).toBe(manifestSchema());
  });
});
