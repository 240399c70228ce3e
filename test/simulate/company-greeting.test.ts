import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { CompanyManifest } from '../../src/core/manifest.js';
import type { CompanySnapshot } from '../../src/kinds/context.js';
import { renderOutcomeText } from '../../src/render/routing-outcome-text.js';
import { companyModelFromLive } from '../../src/simulate/live-to-model.js';
import { companyModelFromManifest } from '../../src/simulate/manifest-to-model.js';
import { route } from './helpers.js';

/** issue 18 finding 10: the company greeting a rule names is the one simulate says it plays. */
const company = (yaml: string) =>
  companyModelFromManifest({ version: 1, kind: 'Company', ...parse(yaml) } as CompanyManifest, 'main number');

describe('the company greeting in simulate', () => {
  it('names the greeting a rule states, and says only "company greeting" when the live one stays', () => {
    const m = company(`
rules:
  business-hours: {operator: {}, greeting: {preset: "Holiday"}}
customRules:
  - name: Closed
    when: {callers: ["+16501111111"]}
    disconnect: {}
`);
    const call = { from: '+12025550123', at: '2026-12-24T10:00' };
    expect(renderOutcomeText(route(m, call.at), call, { label: 'main number' })).toContain(
      '  1. greeting: welcome (company greeting, preset Holiday)\n  2. goes to the operator\n',
    );
    const vip = { from: '+16501111111', at: '2026-12-24T10:00' };
    expect(renderOutcomeText(route(m, vip.at, vip), vip, { label: 'main number' })).toContain(
      '  1. greeting: welcome (company greeting)\n  2. hangs up\n',
    );
  });

  it('reads the live greeting of a company rule', () => {
    const snapshot = {
      businessHours: { schedule: { weeklyRanges: {} } },
      answeringRules: [
        {
          id: 'business-hours-rule',
          type: 'BusinessHours',
          callHandlingAction: 'Disconnect',
          greetings: [{ type: 'Company', preset: { id: '65552' } }],
        },
      ],
    } as CompanySnapshot;
    const m = companyModelFromLive(snapshot, { label: 'main number', extensions: [] });
    expect(renderOutcomeText(route(m, '2026-12-24T10:00'), { from: '+1', at: '2026-12-24T10:00' }, { label: 'x' })).toContain(
      'greeting: welcome (company greeting, preset 65552)',
    );
  });
});
