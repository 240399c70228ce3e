import type { ThrottlingGroup } from './api-client.js';

/**
 * The usage-plan group of a request, known before it is sent so the scheduler can pace it.
 * Taken from the `throttlingGroup` of each operation in
 * shared/ringcentral-api/operations.json; `accountId`/`extensionId` may be `~` or digits.
 * The first matching row wins, so item paths come before their collections.
 */
const SEG = '[^/]+';
const A = `/restapi/v1\\.0/account/${SEG}`;
const EXT = `${A}/extension/${SEG}`;
const V2 = `/restapi/v2/accounts/${SEG}/extensions/${SEG}/comm-handling`;

interface Row {
  methods: string;
  path: RegExp;
  group: ThrottlingGroup;
}

const row = (methods: string, path: string, group: ThrottlingGroup): Row => ({
  methods,
  path: new RegExp(`^${path}/?$`),
  group,
});

const TABLE: Row[] = [
  row('*', '/restapi/oauth/(token|revoke|authorize)', 'Auth'),
  row('*', `${V2}(/.*)?`, 'Medium'),
  row('POST', `${EXT}/greeting`, 'Heavy'),
  row('*', `${EXT}/greeting/${SEG}`, 'Medium'),
  row('*', `${A}/greeting`, 'Medium'),
  row('*', '/restapi/v1\\.0/dictionary/greeting(/[^/]+)?', 'Medium'),
  row('*', `${EXT}/features`, 'Medium'),
  row('GET', `${EXT}/business-hours`, 'Light'),
  row('GET', `${A}/business-hours`, 'Light'),
  row('*', `(${EXT}|${A})/business-hours`, 'Medium'),
  row('GET', `(${EXT}|${A})/answering-rule/${SEG}`, 'Light'),
  row('*', `(${EXT}|${A})/answering-rule(/[^/]+)?`, 'Medium'),
  // Not in the spec subset: RingCentral's API reference gives readAccountInfo the Light group.
  row('GET', A, 'Light'),
  // Not in the spec subset; RingCentral's API reference gives listAccountPhoneNumbers the Heavy
  // group and readAccountPhoneNumber the Light one.
  row('GET', `${A}/phone-number`, 'Heavy'),
  row('GET', `${A}/phone-number/${SEG}`, 'Light'),
  // Call queues: bulk-assign and overflow settings are Heavy (10 a minute).
  row('POST', `${A}/call-queues/${SEG}/bulk-assign`, 'Heavy'),
  row('*', `${EXT}/overflow-settings`, 'Heavy'),
  row('GET', `${A}/call-queues/${SEG}/members`, 'Light'),
  row('*', `${A}/call-queues/${SEG}`, 'Light'),
  row('GET', `${A}/call-queues`, 'Medium'),
  row('POST', `${A}/ivr-menus`, 'Heavy'),
  row('*', `${A}/(ivr-menus|ivr-prompts)(/[^/]+)?`, 'Medium'),
  row('GET', '/restapi/v1\\.0/dictionary/language', 'Light'),
  row('GET', EXT, 'Light'),
  row('GET', `${A}/extension`, 'Medium'),
];

/** Unknown paths are paced as Medium: the most common group, and stricter than Light. */
export function throttlingGroupOf(method: string, path: string): ThrottlingGroup {
  const pathname = path.split('?')[0];
  const upper = method.toUpperCase();
  const hit = TABLE.find((r) => (r.methods === '*' || r.methods === upper) && r.path.test(pathname));
  return hit?.group ?? 'Medium';
}
