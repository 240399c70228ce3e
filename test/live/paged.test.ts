import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/problem.js';
import { getAllPages } from '../../src/live/paged.js';
import { connectTo } from './helpers/connect-to.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

const RULES = '/restapi/v2/accounts/~/extensions/1/comm-handling/voice/interaction-rules';
const EXTENSIONS = '/restapi/v1.0/account/~/extension';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

describe('getAllPages', () => {
  it('follows paging.totalPages (v2) and keeps the caller query', async () => {
    server.on('GET', RULES, (req) => {
      const page = Number(req.query.get('page'));
      return { body: { records: [{ id: `r${page}` }], paging: { page, perPage: 1, totalPages: 3 } } };
    });
    const { client } = await connectTo(server);
    expect(await getAllPages(client, RULES, { enabled: true }, 1)).toEqual([{ id: 'r1' }, { id: 'r2' }, { id: 'r3' }]);
    const calls = server.calls('GET', RULES);
    expect(calls.map((c) => c.query.toString())).toEqual([
      'enabled=true&page=1&perPage=1',
      'enabled=true&page=2&perPage=1',
      'enabled=true&page=3&perPage=1',
    ]);
  });

  it('follows navigation.nextPage (v1) when totalPages is absent', async () => {
    server.on('GET', EXTENSIONS, (req) => {
      const page = Number(req.query.get('page'));
      const navigation = page < 2 ? { nextPage: { uri: 'https://elsewhere.example/next' } } : {};
      return { body: { records: [{ id: page }], paging: { page, perPage: 1000 }, navigation } };
    });
    const { client } = await connectTo(server);
    expect(await getAllPages(client, EXTENSIONS)).toEqual([{ id: 1 }, { id: 2 }]);
    expect(server.calls('GET', EXTENSIONS)[0].query.get('perPage')).toBe('1000');
  });

  it('stops at an empty page even if the server claims more', async () => {
    server.on('GET', RULES, { body: { records: [], paging: { page: 1, totalPages: 9 } } });
    const { client } = await connectTo(server);
    expect(await getAllPages(client, RULES)).toEqual([]);
    expect(server.calls('GET', RULES)).toHaveLength(1);
  });

  it('refuses a server that ignores "page" at the second page, not after 1,000 GETs (issue 22 item 9)', async () => {
    server.on('GET', RULES, { body: { records: [{ id: 'r1' }], paging: { page: 1, perPage: 1, totalPages: 5 } } });
    const { client } = await connectTo(server);
    const error = await getAllPages(client, RULES, {}, 1).catch((e: Error) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain(`GET ${RULES}: asked for page 2, the server answered page 1`);
    expect(server.calls('GET', RULES)).toHaveLength(2);
  });

  it('refuses the same records again when the server does not say which page it answered', async () => {
    server.on('GET', RULES, { body: { records: [{ id: 'r1' }], paging: { perPage: 1, totalPages: 5 } } });
    const { client } = await connectTo(server);
    const error = await getAllPages(client, RULES, {}, 1).catch((e: Error) => e);
    expect((error as Error).message).toContain('page 2 holds the same records as page 1');
    expect(server.calls('GET', RULES)).toHaveLength(2);
  });

  it('reads on past a full page when neither totalPages nor navigation.nextPage is given', async () => {
    server.on('GET', RULES, (req) => {
      const page = Number(req.query.get('page'));
      const records = page === 1 ? [{ id: 'a' }, { id: 'b' }] : page === 2 ? [{ id: 'c' }] : [];
      return { body: { records, paging: { page } } };
    });
    const { client } = await connectTo(server);
    expect(await getAllPages(client, RULES, {}, 2)).toEqual([{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
    expect(server.calls('GET', RULES)).toHaveLength(2);
  });

  it('reads on while fewer records than paging.totalElements were read', async () => {
    server.on('GET', RULES, (req) => {
      const page = Number(req.query.get('page'));
      // A server that caps perPage below what was asked and says so only through totalElements.
      return { body: { records: page <= 3 ? [{ id: `r${page}` }] : [], paging: { page, totalElements: 3 } } };
    });
    const { client } = await connectTo(server);
    expect(await getAllPages(client, RULES)).toEqual([{ id: 'r1' }, { id: 'r2' }, { id: 'r3' }]);
    expect(server.calls('GET', RULES)).toHaveLength(3);
  });
});
