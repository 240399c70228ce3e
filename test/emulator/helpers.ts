import { afterAll, beforeAll, beforeEach } from 'vitest';
import { SDK } from '@ringcentral/sdk';
import { defaultStateDispatching, type DispatchingRuleKind } from '../../src/core/defaults.js';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../src/emulator/start-emulator.js';

/** Shared helpers of the emulator tests: they drive the emulator through the real SDK over HTTP. */

export type Platform = ReturnType<SDK['platform']>;

/** Limits high enough that functional tests never meet them (the rate-limit test sets its own). */
export const NO_LIMITS = { light: 1e9, medium: 1e9, heavy: 1e9, auth: 1e9 };

export const EXT = {
  alex: '63701631004',
  kim: '63707590004',
  jordan: '63701632004',
  priya: '63701633004',
  sam: '63701634004',
  queue: '62952430016',
  salesQueue: '62952434016',
  ivr: '62952431016',
  voicemail: '62952432016',
  announcement: '62952433016',
  london: '84854000016',
  newYork: '84854001016',
} as const;

export const v2 = (ext = '~') => `/restapi/v2/accounts/~/extensions/${ext}/comm-handling`;
export const v1 = (ext = '~') => `/restapi/v1.0/account/~/extension/${ext}`;

export function startTestEmulator(opts: EmulatorOptions = {}): Promise<RunningEmulator> {
  return startEmulator({ seed: { rateLimits: NO_LIMITS }, ...opts });
}

export function sdkFor(emu: RunningEmulator, extra: Record<string, unknown> = {}): SDK {
  return new SDK({
    server: emu.url,
    clientId: emu.credentials.clientId,
    clientSecret: emu.credentials.clientSecret,
    ...extra,
  });
}

export async function login(emu: RunningEmulator): Promise<Platform> {
  const platform = sdkFor(emu).platform();
  await platform.login({ jwt: emu.credentials.jwt });
  return platform;
}

export interface Failure {
  status: number;
  body: { errors?: { errorCode: string; message: string; parameterName?: string }[]; [k: string]: unknown };
  headers: Headers;
}

/** The error response of a call that must fail (the SDK throws with `e.response`). */
export async function failure(call: Promise<unknown>): Promise<Failure> {
  try {
    await call;
  } catch (e) {
    const response = (e as { response?: Response }).response;
    if (!response) throw e;
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : {}, headers: response.headers };
  }
  throw new Error('the call was expected to fail but succeeded');
}

/** Asserts a RingCentral 400 naming the parameter; returns the messages for finer checks. */
export async function expect400(call: Promise<unknown>, parameter?: string): Promise<string> {
  const f = await failure(call);
  if (f.status !== 400) throw new Error(`expected 400, got ${f.status}: ${JSON.stringify(f.body)}`);
  const errors = f.body.errors ?? [];
  if (errors.length === 0 || errors.some((e) => e.errorCode !== 'CMN-101'))
    throw new Error(`unexpected error body ${JSON.stringify(f.body)}`);
  if (parameter && !errors.some((e) => e.parameterName === parameter)) {
    throw new Error(`expected an error on ${parameter}, got ${JSON.stringify(errors)}`);
  }
  return errors.map((e) => e.message).join('\n');
}

export async function json<T = any>(response: Promise<Response>): Promise<T> {
  return (await (await response).json()) as T;
}

/** RingCentral's default dispatching of a rule kind (core/defaults.ts), as a fresh mutable object. */
export function dispatching(kind: DispatchingRuleKind): any {
  return structuredClone(defaultStateDispatching(kind));
}

export function schedule(trigger: Record<string, unknown>) {
  return [{ type: 'Schedule', schedule: { triggers: [trigger] } }];
}

export const NINE_TO_FIVE = schedule({ triggerType: 'Daily', startTime: '09:00:00', endTime: '17:00:00' });
export const ALWAYS = schedule({ triggerType: 'Daily', startTime: '00:00:00', endTime: '23:59:59' });

/**
 * One emulator per test file with a logged-in SDK platform; the account is reset before each
 * test unless `reset` is false. Read `t.emu` and `t.platform` inside tests.
 */
export function useLoggedInEmulator(reset = true): { emu: RunningEmulator; platform: Platform } {
  const t = {} as { emu: RunningEmulator; platform: Platform };
  beforeAll(async () => {
    t.emu = await startTestEmulator();
    t.platform = await login(t.emu);
  });
  afterAll(() => t.emu?.stop());
  if (reset) beforeEach(() => t.emu.reset());
  return t;
}
