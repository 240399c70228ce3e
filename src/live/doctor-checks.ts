import type { ApiSchema } from '../core/api/api-types.js';
import { scopeGrants, type PermissionNeed } from '../core/app-permission.js';
import { notChecked, REQUIRED_APP_PERMISSIONS, type DoctorCheck } from '../core/doctor.js';
import type { ApiClient, RateLimitBudget, ThrottlingGroup } from './api-client.js';
import { checkNewCallHandling } from './call-handling-support.js';
import { connect, type ConnectOptions } from './connect.js';
import { readConnectionConfig, type ConnectionConfig } from './connection-config.js';
import { accountOf } from './read-account.js';
import type { BudgetStore } from './rate-limit-budget.js';
import type { TokenCache } from './token-cache.js';

type ExtensionInfo = ApiSchema<'GetExtensionInfoResponse'>;

const fail = (name: string, detail: string, fix: string): DoctorCheck => ({ name, ok: false, detail, fix });
const pass = (name: string, detail: string): DoctorCheck => ({ name, ok: true, detail });
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export interface DoctorOptions extends ConnectOptions {
  /** The token cache for the credentials the environment gives, if commands share one. */
  tokenCacheFor?: (config: ConnectionConfig) => TokenCache | undefined;
  /** Where commands leave their rate-limit windows to the next (doctor's login counts too). */
  budgetStoreFor?: (config: ConnectionConfig) => BudgetStore | undefined;
}

/** The checks that need a session; when there is none they are reported as not done. */
const SESSION_CHECKS = ['account', 'user', 'app permissions', 'new call handling', 'rate limits'];

/**
 * `ringform doctor`: every check cli.md lists, in order, each independent of the others' outcome
 * where it can be: settings, login, the account and the authorized user, the token's app
 * permissions (ringform's own, plus `needs`: what the manifests given as paths can write),
 * new call handling, the rate-limit budget left. GET only; nothing secret is
 * put into a check (connect redacts its own errors).
 */
export async function runDoctorChecks(
  env: Record<string, string | undefined>,
  options: DoctorOptions = {},
  needs: readonly PermissionNeed[] = [],
): Promise<DoctorCheck[]> {
  let config: ConnectionConfig;
  try {
    config = readConnectionConfig(env);
  } catch (e) {
    const notDone = ['login', ...SESSION_CHECKS].map((n) => notChecked(n, 'the settings'));
    return [fail('settings', message(e), 'set them in the environment (CI secrets), then run ringform doctor again'), ...notDone];
  }
  const checks = [pass('settings', `server ${config.serverUrl}, the app's client id and secret, and a JWT are set`)];
  let client: ApiClient;
  try {
    // Always a real login: doctor proves the credentials. The new session is cached for the next command.
    const { tokenCacheFor, budgetStoreFor, ...connectOptions } = options;
    client = await connect(config, {
      ...connectOptions,
      tokenCache: tokenCacheFor?.(config),
      budgetStore: budgetStoreFor?.(config),
      freshLogin: true,
    });
  } catch (e) {
    checks.push(fail('login', message(e), loginFix(message(e))));
    return [...checks, ...SESSION_CHECKS.map((n) => notChecked(n, 'the login'))];
  }
  try {
    checks.push(pass('login', 'logged in with the JWT'));
    checks.push(...(await identityChecks(client, config.serverUrl)));
    checks.push(permissionCheck((await client.session?.())?.scope, needs));
    checks.push(await newCallHandlingCheck(client));
    // Read last, so the budget is what the next command starts with.
    checks.push(rateLimitCheck((await client.session?.())?.rateLimits ?? {}));
    return checks;
  } finally {
    await client.close();
  }
}

function loginFix(problem: string): string {
  if (problem.startsWith('cannot reach')) return 'check RINGCENTRAL_SERVER_URL and the network (proxy, firewall)';
  return "check that the client id and secret are the app's (on this server: sandbox and production differ) and that the JWT credential is valid and meant for this app";
}

/** The account and the user the JWT belongs to, from one read of the user's own extension. */
async function identityChecks(client: ApiClient, serverUrl: string): Promise<DoctorCheck[]> {
  let me: ExtensionInfo;
  try {
    me = await client.get<ExtensionInfo>('/restapi/v1.0/account/~/extension/~');
  } catch (e) {
    const fix = 'the app needs the ReadAccounts permission and the user the ReadExtensions user permission';
    return [fail('account', message(e), fix), notChecked('user', 'reading the account')];
  }
  const checks: DoctorCheck[] = [];
  try {
    const account = accountOf(me, serverUrl);
    checks.push(pass('account', `${account.name} (${account.id}) at ${account.server}`));
  } catch (e) {
    checks.push(fail('account', message(e), 'check that RINGCENTRAL_SERVER_URL is a RingCentral API server'));
  }
  const who = [me.name ?? 'a user', me.extensionNumber ? `extension ${me.extensionNumber}` : undefined].filter(Boolean).join(', ');
  if (me.permissions?.admin?.enabled === false) {
    checks.push(
      fail(
        'user',
        `${who}, not an administrator`,
        'ringform can then change only this user: create the JWT credential as an administrator',
      ),
    );
  } else {
    checks.push(pass('user', `${who}${me.permissions?.admin?.enabled ? ', administrator' : ''}`));
  }
  return checks;
}

function permissionCheck(scope: string[] | undefined, needs: readonly PermissionNeed[]): DoctorCheck {
  const name = 'app permissions';
  const required = [...new Set([...REQUIRED_APP_PERMISSIONS, ...needs.map((n) => n.permission)])];
  if (!scope)
    return fail(
      name,
      'the token answer did not state the app permissions (no scope)',
      `make sure the app has ${required.join(', ')} in the RingCentral Developer Console`,
    );
  const missing = required.filter((p) => !scopeGrants(scope, p));
  if (missing.length === 0) return pass(name, `${required.join(', ')} (token scope: ${scope.join(' ')})`);
  const who = (p: string) => {
    const need = needs.find((n) => n.permission === p);
    return need ? `${p}, which ${describeDocuments(need.documents)} need${need.documents.length === 1 ? 's' : ''}` : p;
  };
  const why =
    missing.includes('EditExtensions') && missing.length === 1 && needs.length === 0
      ? '; plan and export work without it, apply does not'
      : '';
  return fail(
    name,
    `the app lacks ${missing.map(who).join('; and ')} (token scope: ${scope.join(' ') || 'empty'})${why}`,
    `add ${missing.join(' and ')} to the app's permissions in the RingCentral Developer Console, then run ringform logout so that the next login gets them`,
  );
}

/** `company.yaml`, `a.yaml, b.yaml, c.yaml and 4 more`. */
function describeDocuments(documents: readonly string[]): string {
  const shown = documents.slice(0, 3);
  return `${shown.join(', ')}${documents.length > shown.length ? ` and ${documents.length - shown.length} more` : ''}`;
}

async function newCallHandlingCheck(client: ApiClient): Promise<DoctorCheck> {
  const name = 'new call handling';
  try {
    if (await checkNewCallHandling(client, '~')) return pass(name, 'available (the v2 comm-handling API ringform uses for users)');
    return fail(
      name,
      "the authorized user is not on RingCentral's new call handling",
      'ringform manages users only on new call handling; ask RingCentral to move the account to it',
    );
  } catch (e) {
    return fail(name, message(e), 'the app needs the ReadAccounts permission to read the extension features');
  }
}

function rateLimitCheck(budgets: Partial<Record<ThrottlingGroup, RateLimitBudget>>): DoctorCheck {
  const name = 'rate limits';
  const seen = (Object.entries(budgets) as [ThrottlingGroup, RateLimitBudget][]).sort(([a], [b]) => a.localeCompare(b));
  if (seen.length === 0) return pass(name, "the server sent no X-Rate-Limit headers; ringform paces with RingCentral's default limits");
  const text = seen
    .map(([g, b]) => `${g} ${b.remaining ?? '?'}/${b.limit ?? '?'}${b.windowMs ? ` per ${b.windowMs / 1000} s` : ''}`)
    .join(', ');
  const spent = seen.filter(([, b]) => b.remaining === 0).map(([g]) => g);
  if (spent.length === 0) return pass(name, `left in the current window: ${text}`);
  return fail(
    name,
    `no requests left in the ${spent.join(' and ')} group (${text})`,
    'wait for the window to pass, or stop other jobs that use this app and user',
  );
}
