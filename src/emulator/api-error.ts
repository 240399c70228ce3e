/**
 * RingCentral's error body: `{errors: [{errorCode, message, parameterName?}]}`. Every refusal the
 * emulator makes is one of these, thrown from anywhere below the router and turned into the
 * HTTP response in one place. The codes are listed in docs/emulator.md.
 */

export interface ApiErrorItem {
  errorCode: string;
  message: string;
  parameterName?: string;
  parameterValue?: string;
  /** CMN-401 / CMN-408: the permission the app or the user lacks. */
  permissionName?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly errors: ApiErrorItem[],
    /** Extra top-level fields, e.g. the OAuth `error` code next to `errors`. */
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'ApiError';
  }

  body(): Record<string, unknown> {
    return { ...this.extra, errors: this.errors };
  }
}

/** One 400 problem: CMN-101 "Parameter [x] value is invalid", with why. */
export function invalidItem(parameterName: string, why?: string): ApiErrorItem {
  const message = `Parameter [${parameterName}] value is invalid` + (why ? `: ${why}` : '');
  return { errorCode: 'CMN-101', message, parameterName };
}

export function invalidParameter(parameterName: string, why?: string): ApiError {
  return new ApiError(400, [invalidItem(parameterName, why)]);
}

export function notFound(parameterName: string, value: string): ApiError {
  return new ApiError(404, [
    {
      errorCode: 'CMN-102',
      message: `Resource for parameter [${parameterName}] is not found`,
      parameterName,
      parameterValue: value,
    },
  ]);
}

/** The extension is not on RingCentral's new call handling (or is not a user): v2 is refused. */
export function featureNotAvailable(message: string): ApiError {
  return new ApiError(403, [{ errorCode: 'FEA-001', message }]);
}

/**
 * Collects every problem of one request body before answering, the way RingCentral lists
 * several errors at once; `path` is the JSON path used as `parameterName`.
 */
export class Problems {
  readonly items: ApiErrorItem[] = [];

  add(path: string, why: string): void {
    this.items.push(invalidItem(path, why));
  }

  /** `v` where it is absent or a boolean; anything else is recorded as a problem at `path` (and gives undefined). */
  boolean(path: string, v: unknown): boolean | undefined {
    if (v === undefined || typeof v === 'boolean') return v;
    this.add(path, 'must be a boolean');
    return undefined;
  }

  get empty(): boolean {
    return this.items.length === 0;
  }

  throwIfAny(): void {
    if (this.items.length > 0) throw new ApiError(400, this.items);
  }
}
