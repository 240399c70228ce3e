import type { ApiClient } from '../../live/api-client.js';
import { connect, type ConnectOptions } from '../../live/connect.js';
import { readConnectionConfig, type ConnectionConfig } from '../../live/connection-config.js';
import { createBudgetStore, type BudgetStore } from '../../live/rate-limit-budget.js';
import { createTokenCache, tokenCacheDir, type TokenCache } from '../../live/token-cache.js';
import type { CliIO } from '../io.js';
import { waitNotice } from '../wait-notice.js';

/**
 * Connects with the credentials from the environment (cli.md "Connection"), reusing the session
 * cached by an earlier command. Debug lines go to stderr under RINGFORM_DEBUG; the client redacts
 * every secret from them. Long rate-limit waits are announced on stderr.
 */
export async function openClient(io: CliIO, extra: ConnectOptions = {}): Promise<ApiClient> {
  const config = readConnectionConfig(io.env);
  return connect(config, { ...connectOptions(io), tokenCache: tokenCacheOf(io, config), budgetStore: budgetStoreOf(io, config), ...extra });
}

export function connectOptions(io: CliIO): ConnectOptions {
  const debug = io.env.RINGFORM_DEBUG ? (line: string) => io.stderr(`debug: ${line}\n`) : undefined;
  return { debug, onEvent: waitNotice(io) };
}

/** The token cache for these credentials, or undefined when caching is off or has no place. */
export function tokenCacheOf(io: CliIO, config: ConnectionConfig): TokenCache | undefined {
  const dir = tokenCacheDir(io.env);
  return dir ? createTokenCache(dir, config) : undefined;
}

/**
 * Where the rate-limit windows wait for the next command: the cache directory, also when tokens
 * are not cached (each command then logs in, and the Auth group's 5 a minute matter most).
 */
export function budgetStoreOf(io: CliIO, config: ConnectionConfig): BudgetStore | undefined {
  const dir = tokenCacheDir({ ...io.env, RINGFORM_TOKEN_CACHE: undefined });
  return dir ? createBudgetStore(dir, config) : undefined;
}
