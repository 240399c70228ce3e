import { describe, expect, it } from 'vitest';
import { expect400, json, useLoggedInEmulator } from './helpers.js';

/**
 * Company answering rules' `greetings` (CompanyAnsweringRuleRequest): "only predefined greetings
 * can be applied, see Dictionary Greeting List". Set one type at a time; read back with the
 * dictionary's name.
 */
const t = useLoggedInEmulator();
const rules = '/restapi/v1.0/account/~/answering-rule';

describe('company rule greetings', () => {
  it('applies a predefined greeting and reads it back; a PUT without greetings keeps them', async () => {
    await t.platform.put(`${rules}/business-hours-rule`, { greetings: [{ type: 'Company', preset: { id: '65552' } }] });
    const rule = await json(t.platform.get(`${rules}/business-hours-rule`));
    expect(rule.greetings).toEqual([
      { type: 'Company', preset: { uri: `${t.emu.url}/restapi/v1.0/dictionary/greeting/65552`, id: '65552', name: 'Holiday' } },
    ]);
    await t.platform.put(`${rules}/business-hours-rule`, { callHandlingAction: 'Disconnect' });
    const after = await json(t.platform.get(`${rules}/business-hours-rule`));
    expect(after.callHandlingAction).toBe('Disconnect');
    expect(after.greetings[0].preset.id).toBe('65552');
    const created = await json(
      t.platform.post(rules, {
        type: 'Custom',
        name: 'Holiday closure',
        schedule: { ranges: [{ from: '2026-12-24T00:00:00', to: '2026-12-26T23:59:00' }] },
        callHandlingAction: 'Operator',
        greetings: [{ type: 'Company', preset: { id: '65552' } }],
      }),
    );
    expect(created.greetings[0].preset.id).toBe('65552');
  });

  it('refuses custom greetings, unknown presets and a preset of another type', async () => {
    const put = (greetings: unknown) => t.platform.put(`${rules}/business-hours-rule`, { greetings });
    expect(await expect400(put([{ type: 'Company', custom: { id: '5072424004' } }]), 'greetings[0].custom')).toContain(
      'only predefined greetings',
    );
    await expect400(put([{ type: 'Company', preset: { id: '1' } }]), 'greetings[0].preset.id');
    await expect400(put([{ type: 'Company', preset: { id: '67072' } }]), 'greetings[0].preset.id');
    await expect400(put([{ type: 'Nope', preset: { id: '65552' } }]), 'greetings[0].type');
    await expect400(put({ type: 'Company' }), 'greetings');
    expect((await json(t.platform.get(`${rules}/business-hours-rule`))).greetings).toBeUndefined();
  });
});
