import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { operationOf, specAjv } from '../helpers/spec-schemas.js';

/**
 * Every request body in the golden plans (test/**\/golden/*.json with `changes[]`) against the
 * request schema the spec gives its operation: what ringform sends is what RingCentral takes.
 */

const TEST_DIR = fileURLToPath(new URL('..', import.meta.url));

interface Change {
  id: string;
  method?: string;
  path?: string;
  body?: unknown;
}

function goldenPlans(dir = TEST_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return goldenPlans(full);
    return e.name.endsWith('.json') && dir.endsWith('/golden') ? [full] : [];
  });
}

const ajv = specAjv();

/** Why a body does not fit the request schema of its call, or undefined when it does. */
function refusal(method: string, path: string, body: unknown): string | undefined {
  const op = operationOf(method, path);
  if (!op) return `${method} ${path} is no operation of the spec`;
  const schema = op.requestBody?.['application/json'];
  if (!schema) return `${op.operationId} takes no JSON body`;
  const validate = ajv.getSchema(`spec#/components/schemas/${schema}`)!;
  return validate(body) ? undefined : `${op.operationId} (${schema}): ${ajv.errorsText(validate.errors)}`;
}

function changesWithBodies(): { where: string; change: Required<Change> }[] {
  return goldenPlans().flatMap((file) => {
    const plan = JSON.parse(readFileSync(file, 'utf8'));
    const changes: Change[] = Array.isArray(plan?.changes) ? plan.changes : [];
    return changes
      .filter((c): c is Required<Change> => c.body !== undefined && !!c.method && !!c.path)
      .map((change) => ({ where: `${relative(TEST_DIR, file)} ${change.id}`, change }));
  });
}

describe('request bodies of the golden plans', () => {
  const all = changesWithBodies();

  it('are many, from several plans and every writing operation', () => {
    expect(new Set(all.map((x) => x.where.split(' ')[0])).size).toBeGreaterThanOrEqual(4);
    const ops = new Set(all.map(({ change }) => operationOf(change.method, change.path)?.operationId));
    for (const op of ['updateCicState', 'updateVoiceStateBasedRule', 'createVoiceInteractionRule', 'updateUserBusinessHours', 'createAnsweringRule'])
      expect(ops, op).toContain(op);
  });

  it('each fit the request schema of their operation in the spec', () => {
    const refused = all.flatMap(({ where, change }) => {
      const why = refusal(change.method, change.path, change.body);
      return why ? [`${where}: ${why}`] : [];
    });
    expect(refused).toEqual([]);
  });

  it('would be caught when wrong', () => {
    const rule = all.find(({ change }) => /voice\/state-rules\/work-hours$/.test(change.path))!.change;
    const path = rule.path;
    const body = structuredClone(rule.body) as any;
    const group = body.dispatching.actions.find((a: any) => a.type === 'RingGroupAction');
    delete group.duration;
    expect(refusal('PATCH', path, body)).toMatch(/must have required property 'duration'/);
    const cloud = structuredClone(rule.body) as any;
    cloud.dispatching.actions
      .find((a: any) => a.type === 'TerminatingAction')
      .targets.push({ type: 'CloudConnectorTerminatingTarget', destination: { integrationId: '1' }, dispatchingType: 'Ringing' });
    expect(refusal('PATCH', path, cloud)).toMatch(/must have required property 'name'/);
    const weekly = {
      conditions: [{ type: 'Schedule', schedule: { triggers: [{ triggerType: 'Weekly', ranges: { monday: [{ from: '09:00', to: '17:00' }] } }] } }],
    };
    expect(refusal('PATCH', '/restapi/v2/accounts/~/extensions/~/comm-handling/states/work-hours', weekly)).toMatch(
      /startTime/,
    );
    expect(refusal('PUT', '/restapi/v2/accounts/~/extensions/~/comm-handling/voice/interaction-rules/1', {})).toMatch(
      /no operation/,
    );
  });
});
