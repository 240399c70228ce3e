import { describe, expect, it } from 'vitest';
import { renderApplyJson, renderApplyText } from '../../src/render/index.js';
import { siteApplyAllApplied, siteApplyInterrupted, sitePlan, userApplyResult, userPlan } from './fixtures.js';

describe('renderApplyText', () => {
  it('shows HTTP status, errorCode and message of failures and what blocked skips', () => {
    const text = renderApplyText(userPlan(), userApplyResult(), { colour: false });
    expect(text).toContain('HTTP 400 CMN-101: Parameter [dispatching.actions[1].targets[1].destination.phoneNumber] value is invalid');
    expect(text).toContain('HTTP 404 CMN-102: Resource for parameter [ruleId] is not found');
    expect(text).toContain('skipped because c3 failed');
    expect(text).toMatch(
      /Apply: 1 applied, 2 failed, 1 skipped\.\nRun ringform plan again to see what is left; apply again to finish\.\n$/,
    );
  });

  it('reports changes apply never reached', () => {
    const text = renderApplyText(sitePlan(), siteApplyInterrupted(), { colour: false });
    expect(text).toContain('· not attempted  + create  site-custom-rule');
    expect(text).toContain('Apply: 1 applied, 1 failed, 0 skipped, 1 not attempted.');
  });

  it('gives no follow-up advice when everything applied', () => {
    const text = renderApplyText(sitePlan(), siteApplyAllApplied(), { colour: false });
    expect(text.endsWith('\nApply: 3 applied, 0 failed, 0 skipped.\n')).toBe(true);
    expect(text).not.toContain('Run ringform plan again');
  });

  it('uses colour only when asked', () => {
    expect(renderApplyText(userPlan(), userApplyResult(), { colour: false })).not.toMatch(/\x1b\[/);
    expect(renderApplyText(userPlan(), userApplyResult(), { colour: true })).toContain('\x1b[31m✗ failed');
  });
});

describe('renderApplyJson', () => {
  it('is stable, parses back and carries the RingCentral error', () => {
    const json = renderApplyJson(userPlan(), userApplyResult());
    expect(renderApplyJson(userPlan(), userApplyResult())).toBe(json);
    const parsed = JSON.parse(json);
    expect(Object.keys(parsed)).toEqual(['formatVersion', 'account', 'steps', 'summary']);
    expect(parsed.account).toEqual({ id: '37439510', name: 'Acme Inc.', server: 'https://platform.ringcentral.com' });
    expect(parsed.steps[1].error).toEqual({
      status: 400,
      errorCode: 'CMN-101',
      message: 'Parameter [dispatching.actions[1].targets[1].destination.phoneNumber] value is invalid',
    });
    expect(parsed.steps[3]).toMatchObject({ id: 'c4', status: 'skipped', blockedBy: ['c3'] });
  });

  it('keeps result steps the plan does not know instead of dropping them', () => {
    const result = siteApplyAllApplied();
    result.steps.push({ id: 'c9', status: 'failed', error: { message: 'unexpected' } });
    const parsed = JSON.parse(renderApplyJson(sitePlan(), result));
    expect(parsed.steps.at(-1)).toEqual({ id: 'c9', status: 'failed', error: { message: 'unexpected' } });
  });
});
