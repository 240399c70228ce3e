import { describe, expect, it } from 'vitest';
import { throttlingGroupOf } from '../../src/live/throttling-group.js';
import { readRateLimitHeaders, retryAfterMs } from '../../src/live/rate-limit-headers.js';

const V2 = '/restapi/v2/accounts/~/extensions/63701631004/comm-handling';
const A = '/restapi/v1.0/account/~';

/** Every operation of shared/ringcentral-api/operations.json with its throttlingGroup. */
const OPERATIONS: [string, string, string][] = [
  ['GET', `${V2}/states`, 'Medium'],
  ['GET', `${V2}/states/work-hours`, 'Medium'],
  ['PATCH', `${V2}/states/work-hours`, 'Medium'],
  ['GET', `${V2}/voice/state-rules`, 'Medium'],
  ['GET', `${V2}/voice/state-rules/work-hours`, 'Medium'],
  ['PATCH', `${V2}/voice/state-rules/work-hours`, 'Medium'],
  ['GET', `${V2}/voice/interaction-rules`, 'Medium'],
  ['POST', `${V2}/voice/interaction-rules`, 'Medium'],
  ['GET', `${V2}/voice/interaction-rules/r-1`, 'Medium'],
  ['PATCH', `${V2}/voice/interaction-rules/r-1`, 'Medium'],
  ['DELETE', `${V2}/voice/interaction-rules/r-1`, 'Medium'],
  ['GET', `${V2}/voice/forwarding-targets`, 'Medium'],
  ['GET', `${A}/extension`, 'Medium'],
  ['GET', `${A}/extension/63701631004`, 'Light'],
  ['GET', `${A}/extension/63701631004/features`, 'Medium'],
  ['GET', `${A}/extension/63701631004/business-hours`, 'Light'],
  ['PUT', `${A}/extension/63701631004/business-hours`, 'Medium'],
  ['GET', `${A}/business-hours`, 'Light'],
  ['PUT', `${A}/business-hours`, 'Medium'],
  ['GET', `${A}/extension/63701631004/answering-rule`, 'Medium'],
  ['POST', `${A}/extension/63701631004/answering-rule`, 'Medium'],
  ['GET', `${A}/extension/63701631004/answering-rule/r-1`, 'Light'],
  ['PUT', `${A}/extension/63701631004/answering-rule/r-1`, 'Medium'],
  ['DELETE', `${A}/extension/63701631004/answering-rule/r-1`, 'Medium'],
  ['GET', `${A}/answering-rule`, 'Medium'],
  ['POST', `${A}/answering-rule`, 'Medium'],
  ['GET', `${A}/answering-rule/r-1`, 'Light'],
  ['PUT', `${A}/answering-rule/r-1`, 'Medium'],
  ['DELETE', `${A}/answering-rule/r-1`, 'Medium'],
  ['GET', `${A}/ivr-menus`, 'Medium'],
  ['POST', `${A}/ivr-menus`, 'Heavy'],
  ['GET', `${A}/ivr-menus/62952431016`, 'Medium'],
  ['PUT', `${A}/ivr-menus/62952431016`, 'Medium'],
  ['GET', `${A}/ivr-prompts`, 'Medium'],
  ['GET', '/restapi/v1.0/dictionary/language', 'Light'],
  ['GET', '/restapi/v1.0/dictionary/greeting', 'Medium'],
  ['GET', '/restapi/v1.0/dictionary/greeting/66048', 'Medium'],
  ['POST', `${A}/extension/63701631004/greeting`, 'Heavy'],
  ['GET', `${A}/extension/63701631004/greeting/66048`, 'Medium'],
  ['POST', `${A}/greeting`, 'Medium'],
  ['POST', '/restapi/oauth/token', 'Auth'],
  ['POST', '/restapi/oauth/revoke', 'Auth'],
];

describe('throttlingGroupOf', () => {
  it.each(OPERATIONS)('%s %s is %s', (method, path, group) => {
    expect(throttlingGroupOf(method, path)).toBe(group);
  });

  it('accepts numeric account ids, a query string, and paces unknown paths as Medium', () => {
    expect(throttlingGroupOf('GET', '/restapi/v1.0/account/123/extension/4?x=1')).toBe('Light');
    expect(throttlingGroupOf('GET', '/restapi/v1.0/client-info')).toBe('Medium');
  });
});

describe('rate-limit headers', () => {
  it('reads the usage headers, case-insensitively, with a fractional window', () => {
    const headers = new Headers({
      'X-RATE-LIMIT-GROUP': 'light',
      'x-rate-limit-limit': '5',
      'X-Rate-Limit-Remaining': '0',
      'X-Rate-Limit-Window': '0.3',
    });
    expect(readRateLimitHeaders(headers)).toEqual({ group: 'Light', limit: 5, remaining: 0, windowMs: 300 });
    expect(readRateLimitHeaders(new Headers())).toEqual({});
  });

  it('reads Retry-After as fractional seconds or a date, with a fallback', () => {
    expect(retryAfterMs(new Headers({ 'Retry-After': '1.5' }), 30_000)).toBe(1500);
    expect(retryAfterMs(new Headers(), 30_000)).toBe(30_000);
    expect(retryAfterMs(new Headers({ 'Retry-After': 'soon' }), 30_000)).toBe(30_000);
    const inTwoSeconds = new Date(Date.now() + 2000).toUTCString();
    expect(retryAfterMs(new Headers({ 'Retry-After': inTwoSeconds }), 0)).toBeGreaterThan(500);
  });
});
