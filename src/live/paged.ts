import type { ApiClient, Query } from './api-client.js';
import { checkListPage } from './check-responses.js';

/** A guard against a server whose paging never ends; 1000 pages of 1000 is far beyond any account. */
const MAX_PAGES = 1000;

interface Page {
  records?: unknown[];
  paging?: { page?: number; totalPages?: number };
  navigation?: { nextPage?: unknown };
}

/**
 * Reads every page of a list. v2 lists report `paging.totalPages`; v1 lists add
 * `navigation.nextPage`. We request page numbers ourselves rather than follow `nextPage.uri`,
 * which is absolute and could point at another host than the one we paced and authenticated.
 */
export async function getAllPages<T = any>(client: ApiClient, path: string, query: Query = {}, perPage = 1000): Promise<T[]> {
  const all: T[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const body = await client.get<Page>(path, { ...query, page, perPage });
    // A page without its list is not "no records": taken so, every rule would be created again.
    const records = checkListPage(`GET ${path}`, body) as T[];
    all.push(...records);
    if (records.length === 0 || !hasNextPage(body, page)) return all;
  }
  throw new Error(`GET ${path}: more than ${MAX_PAGES} pages; refusing to read on`);
}

function hasNextPage(body: Page, page: number): boolean {
  const current = body.paging?.page ?? page;
  const total = body.paging?.totalPages;
  if (typeof total === 'number') return current < total;
  return Boolean(body.navigation?.nextPage);
}
