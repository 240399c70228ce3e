import { describe, it } from 'vitest';
import type { ApplyResult, Plan } from '../../src/core/plan.js';
import { renderApplyJson, renderApplyText, renderPlanJson, renderPlanMarkdown, renderPlanText } from '../../src/render/index.js';
import {
  noChangesPlan,
  siteApplyAllApplied,
  siteApplyInterrupted,
  sitePlan,
  unmanagedPlan,
  userApplyResult,
  userPlan,
} from './fixtures.js';
import { expectGolden } from './golden.js';

const plans: [string, () => Plan][] = [
  ['no-changes', noChangesPlan],
  ['user', userPlan],
  ['site', sitePlan],
  ['unmanaged', unmanagedPlan],
];

describe.each(plans)('plan %s', (name, build) => {
  it('text', () => expectGolden(`plan-${name}.txt`, renderPlanText(build(), { colour: false })));
  it('json', () => expectGolden(`plan-${name}.json`, renderPlanJson(build())));
  it('markdown', () => expectGolden(`plan-${name}.md`, renderPlanMarkdown(build())));
});

const applies: [string, () => Plan, () => ApplyResult][] = [
  ['user-failed', userPlan, userApplyResult],
  ['site-interrupted', sitePlan, siteApplyInterrupted],
  ['site-applied', sitePlan, siteApplyAllApplied],
];

describe.each(applies)('apply %s', (name, plan, result) => {
  it('text', () => expectGolden(`apply-${name}.txt`, renderApplyText(plan(), result(), { colour: false })));
  it('json', () => expectGolden(`apply-${name}.json`, renderApplyJson(plan(), result())));
});
