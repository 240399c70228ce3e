import type { AccountModel } from './account-model.js';
import { buildModel } from './build-model.js';
import { FaultInjector } from './fault-injector.js';
import type { OAuthApp } from './oauth.js';
import { DEFAULT_LIMITS, RateLimiter, type ThrottlingGroup } from './rate-limiter.js';
import type { ResolvedSeed } from './seed-types.js';
import type { RequestLogEntry } from './start-emulator.js';
import { TokenStore } from './token-store.js';

/**
 * Everything one running emulator holds. The account model is rebuilt from the seed on reset;
 * tokens survive a reset so connected clients keep working.
 */
export class Runtime {
  model: AccountModel;
  readonly app: OAuthApp;
  readonly tokens = new TokenStore();
  readonly limiter: RateLimiter;
  readonly faults = new FaultInjector();
  readonly log: RequestLogEntry[] = [];
  baseUrl = '';
  /** Set when the emulator listens off loopback: every admin request must carry it. */
  adminToken: string | undefined;

  constructor(
    readonly seed: ResolvedSeed,
    windowMs: number,
  ) {
    this.model = buildModel(seed);
    const { clientId, clientSecret, jwt, owner, scope } = seed.credentials;
    this.app = { clientId, clientSecret, jwt, ownerId: this.model.resolve(owner)!.id, scope };
    this.limiter = new RateLimiter(windowMs, limitsOf(seed));
  }

  /** Back to the seeded account, with an empty log, no faults and fresh rate-limit windows. */
  reset(): void {
    this.model = buildModel(this.seed);
    this.log.length = 0;
    this.faults.clear();
    this.limiter.reset();
  }
}

function limitsOf(seed: ResolvedSeed): Record<ThrottlingGroup, number> {
  const r = seed.rateLimits;
  return {
    Light: r.light ?? DEFAULT_LIMITS.Light,
    Medium: r.medium ?? DEFAULT_LIMITS.Medium,
    Heavy: r.heavy ?? DEFAULT_LIMITS.Heavy,
    Auth: r.auth ?? DEFAULT_LIMITS.Auth,
  };
}
