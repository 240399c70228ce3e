import { UserError } from '../core/problem.js';
import type { ApiClient, Query } from './api-client.js';
import { checkListPage } from './check-responses.js';

/** A guard against a server whose paging never ends; 1000 pages of 1000 is far beyond any account. */
export const MAX_PAGES = 1000;

interface Page {
  records?: unknown[];
  paging?: { page?: number; perPage?: number; totalPages?: number; totalElements?: number };
  navigation?: { nextPage?: unknown; firstPage?: unknown; lastPage?: unknown };
}

/** A list whose paging does not add up: never read as complete, never read forever. */
export class PagingError extends UserError {
  constructor(path: string, what: string) {
    super(
      `GET ${path}: ${what}; ringform stopped reading the list and wrote nothing. Run it again; if it persists, the server or a proxy does not page as RingCentral documents.`,
    );
    this.name = 'PagingError';
  }
}

/**
 * Reads every page of a list. v2 lists report `paging.totalPages`; v1 lists add
 * `navigation.nextPage`. Both are optional in the spec: without them, a full page (as many
 * records as `perPage`) or fewer records read than `paging.totalElements` means there may be
 * more, so the next page is read; an empty page ends the list. We request page numbers
 * ourselves rather than follow `nextPage.uri`, which is absolute and could point at another
 * host than the one we paced and authenticated. A server that ignores `page` (answers another
 * page number, or the same records again) is an error at once, not 1,000 GETs.
 */
export async function getAllPages<T = unknown>(client: ApiClient, path: string, query: Query = {}, perPage = 1000): Promise<T[]> {
  const all: T[] = [];
  let previous: string | undefined;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const body = await client.get<Page>(path, { ...query, page, perPage });
    // A page without its list is not "no records": taken so, every rule would be created again.
    const records = checkListPage(`GET ${path}`, body) as T[];
    const answered = body.paging?.page;
    if (typeof answered === 'number' && answered !== page) {
      throw new PagingError(path, `asked for page ${page}, the server answered page ${answered}`);
    }
    const seen = JSON.stringify(records);
    if (records.length > 0 && seen === previous) {
      throw new PagingError(path, `page ${page} holds the same records as page ${page - 1} (the server ignores "page")`);
    }
    previous = seen;
    all.push(...records);
    if (records.length === 0 || !hasNextPage(body, page, records.length, all.length, perPage)) return all;
  }
  throw new PagingError(path, `the server reports more than ${MAX_PAGES} pages`);
}

function hasNextPage(body: Page, page: number, onPage: number, readSoFar: number, perPage: number): boolean {
  const total = body.paging?.totalPages;
  if (typeof total === 'number') return page < total;
  if (body.navigation?.nextPage) return true;
  // A v1 list that states its navigation and names no next page is on its last page.
  if (body.navigation?.firstPage || body.navigation?.lastPage) return false;
  const elements = body.paging?.totalElements;
  if (typeof elements === 'number') return readSoFar < elements;
  const size = typeof body.paging?.perPage === 'number' && body.paging.perPage > 0 ? body.paging.perPage : perPage;
  return onPage >= size;
}
