import { afterEach, describe, expect, it } from 'vitest';
import { readSite, readUser } from '../../src/live/read-live.js';
import { connectTo } from './helpers/connect-to.js';
import { TestServer } from './helpers/test-server.js';

/**
 * A server that returns less than the spec promises in its lists (no embedded state, rule
 * summaries) still gives the planner whole objects: the missing pieces are read one by one.
 */
const V2 = '/restapi/v2/accounts/~/extensions/11/comm-handling';
const V1 = '/restapi/v1.0/account/~/extension/22';
const paging = { page: 1, totalPages: 1, perPage: 100 };
const workHours = { id: 'work-hours', enabled: true, displayName: 'Work Hours', conditions: [] };

let server: TestServer;
afterEach(async () => {
  await server?.close();
});

describe('readUser / readSite', () => {
  it('fills in states and whole rules when the lists hold less', async () => {
    server = new TestServer();
    server.on('GET', `${V2}/voice/state-rules`, {
      body: {
        records: [
          { id: 'work-hours', dispatching: { type: 'RingAtOnce', actions: [{ type: 'PlayWelcomePromptAction', enabled: false }] } },
        ],
        paging,
      },
    });
    server.on('GET', `${V2}/states`, { body: { records: [workHours], paging } });
    server.on('GET', `${V2}/voice/interaction-rules`, { body: { records: [{ id: '7', displayName: 'VIP', enabled: true }], paging } });
    server.on('GET', `${V2}/voice/interaction-rules/7`, {
      body: { id: '7', displayName: 'VIP', enabled: true, conditions: [], dispatching: { type: 'Terminate', actions: [] } },
    });
    await server.start();
    const { client } = await connectTo(server);
    const user = await readUser(client, '11', '101');
    expect(user.stateRules[0].state).toEqual(workHours);
    expect(user.interactionRules[0].dispatching).toEqual({ type: 'Terminate', actions: [] });
    await client.close();
  });

  it('reads answering-rule summaries one by one, and nothing more when lists are whole', async () => {
    server = new TestServer();
    server.on('GET', `${V1}/business-hours`, { body: { schedule: { weeklyRanges: {} } } });
    server.on('GET', `${V1}/answering-rule`, {
      body: {
        records: [
          { id: 'business-hours-rule', type: 'BusinessHours', enabled: true },
          {
            id: '5',
            type: 'Custom',
            name: 'X',
            enabled: true,
            callHandlingAction: 'TransferToExtension',
            transfer: { extension: { id: '1' } },
          },
        ],
        paging,
      },
    });
    server.on('GET', `${V1}/answering-rule/business-hours-rule`, {
      body: {
        id: 'business-hours-rule',
        type: 'BusinessHours',
        enabled: true,
        callHandlingAction: 'TransferToExtension',
        transfer: { extension: { id: '1500' } },
      },
    });
    await server.start();
    const { client } = await connectTo(server);
    const site = await readSite(client, '22');
    expect(site.answeringRules.map((r: any) => r.transfer.extension.id)).toEqual(['1500', '1']);
    const gets = server.requests.filter((r) => r.method === 'GET').map((r) => r.path);
    expect(gets.filter((p) => p.endsWith('/answering-rule/5'))).toEqual([]);
    await client.close();
  });
});
