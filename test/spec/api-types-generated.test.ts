import { readFileSync } from 'node:fs';
import openapiTS, { COMMENT_HEADER, astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { SPEC, SPEC_FILE } from '../helpers/spec-schemas.js';

/**
 * src/core/api/openapi.generated.ts is what `npm run gen:api-types` makes of the spec copy in
 * spec/ringcentral-api/: regenerated here the way the openapi-typescript CLI does it and compared.
 */

const GENERATED = new URL('../../src/core/api/openapi.generated.ts', import.meta.url);

async function generate(spec: URL | object): Promise<string> {
  return COMMENT_HEADER + astToString(await openapiTS(spec as URL));
}

describe('the generated API types', () => {
  it('are up to date with spec/ringcentral-api/openapi-subset.json', async () => {
    const fresh = await generate(SPEC_FILE);
    // One assertion on equality, a short hint where they differ (the files are ~265 kB).
    const current = readFileSync(GENERATED, 'utf8');
    const at = [...fresh].findIndex((c, i) => c !== current[i]);
    expect(fresh === current, `differs at ${at}: run npm run gen:api-types\n${fresh.slice(at - 200, at + 200)}`).toBe(true);
  }, 60_000);

  it('would notice a change of the spec', async () => {
    const changed = structuredClone(SPEC);
    changed.components.schemas.CommDeviceRequest.properties.name = { type: 'string' };
    const fresh = await generate(changed);
    expect(fresh).not.toBe(readFileSync(GENERATED, 'utf8'));
    expect(fresh).toMatch(/CommDeviceRequest: \{[^}]*name\?: string;/);
  }, 60_000);
});
