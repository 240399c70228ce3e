import type { AccountModel } from './account-model.js';
import type { ThrottlingGroup } from './rate-limiter.js';

/** What a route handler gets: the account, the caller, and the parsed request. */
export interface ApiRequest {
  model: AccountModel;
  /** The emulator's base URL, for the `uri` fields RingCentral returns. */
  baseUrl: string;
  /** Extension id of the token owner (what `~` means in extension paths). */
  ownerId: string;
  path: string;
  params: Record<string, string>;
  query: Query;
  body: unknown;
}

export type Query = Record<string, string | string[]>;

export interface ApiResponse {
  status: number;
  body?: unknown;
}

export type Handler = (req: ApiRequest) => ApiResponse;

export interface Route {
  method: string;
  /** Path template with `{param}` segments, as in the spec. */
  path: string;
  operationId: string;
  /** RingCentral's usage-plan group of the operation (operations.json `throttlingGroup`). */
  group: ThrottlingGroup;
  handler: Handler;
}

export function ok(body: unknown, status = 200): ApiResponse {
  return { status, body };
}

/** All values of a query parameter (exploded arrays arrive as repeated keys). */
export function queryValues(query: Query, name: string): string[] {
  const v = query[name];
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

export function queryValue(query: Query, name: string): string | undefined {
  return queryValues(query, name)[0];
}
