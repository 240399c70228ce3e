import { invalidParameter } from './api-error.js';
import { queryValue, type ApiRequest, type Query } from './api-request.js';

/**
 * `page`/`perPage` paging as RingCentral does it: 1-based pages, perPage default 100 and capped
 * at 1000 ("if the provided value is greater than a maximum, the maximum value is applied").
 */

const MAX_PER_PAGE = 1000;

export function readPaging(query: Query): { page: number; perPage: number } {
  const page = positiveInt(query, 'page', 1);
  const perPage = Math.min(positiveInt(query, 'perPage', 100), MAX_PER_PAGE);
  return { page, perPage };
}

function positiveInt(query: Query, name: string, fallback: number): number {
  const raw = queryValue(query, name);
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw invalidParameter(name, 'must be a positive integer');
  return Number(raw);
}

export function pageOf<T>(items: T[], page: number, perPage: number) {
  const start = (page - 1) * perPage;
  const records = items.slice(start, start + perPage);
  const paging: Record<string, number> = {
    page,
    totalPages: Math.ceil(items.length / perPage),
    perPage,
    totalElements: items.length,
  };
  if (records.length > 0) {
    paging.pageStart = start;
    paging.pageEnd = start + records.length - 1;
  }
  return { records, paging };
}

/** A v1 list response: records and paging plus the list `uri` and `navigation` links. */
export function v1List<T>(req: ApiRequest, items: T[]) {
  const { page, perPage } = readPaging(req.query);
  const { records, paging } = pageOf(items, page, perPage);
  const uriOf = (p: number) => pageUri(req, p, perPage);
  const last = Math.max(paging.totalPages, 1);
  const navigation: Record<string, { uri: string }> = { firstPage: { uri: uriOf(1) } };
  if (page < last) navigation.nextPage = { uri: uriOf(page + 1) };
  if (page > 1) navigation.previousPage = { uri: uriOf(Math.min(page - 1, last)) };
  navigation.lastPage = { uri: uriOf(last) };
  return { uri: uriOf(page), records, paging, navigation };
}

/** A v2 list response: `{records, paging}`. */
export function v2List<T>(req: ApiRequest, items: T[]) {
  const { page, perPage } = readPaging(req.query);
  return pageOf(items, page, perPage);
}

function pageUri(req: ApiRequest, page: number, perPage: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(req.query)) {
    if (key === 'page' || key === 'perPage') continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  params.set('page', String(page));
  params.set('perPage', String(perPage));
  return `${req.baseUrl}${req.path}?${params}`;
}
