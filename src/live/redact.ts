/**
 * Secrets (client secret, JWT, access and refresh tokens) must never reach a terminal, a log or
 * a CI artifact. Every message live/ produces passes through here.
 */

const REDACTED = '[redacted]';

/** Shorter strings would mangle ordinary words; real secrets are far longer. */
const MIN_SECRET_LENGTH = 4;

/** `Authorization: Bearer x`, `"authorization":"Basic x"`, bare `Bearer x` tokens. */
const AUTH_PATTERNS: RegExp[] = [
  /(authorization["']?\s*[:=]\s*["']?)(?:(?:bearer|basic)\s+)?[^\s"',}]+/gi,
  /\b(bearer|basic)\s+[A-Za-z0-9\-._~+/]+=*/gi,
];

export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  const variants = secrets
    .filter((s) => typeof s === 'string' && s.length >= MIN_SECRET_LENGTH)
    .flatMap((s) => [s, encodeURIComponent(s)])
    // Longest first, so a secret that contains another is removed whole.
    .sort((a, b) => b.length - a.length);
  for (const secret of new Set(variants)) out = out.split(secret).join(REDACTED);
  out = out.replace(AUTH_PATTERNS[0], `$1${REDACTED}`);
  out = out.replace(AUTH_PATTERNS[1], `$1 ${REDACTED}`);
  return out;
}

export interface Redactor {
  /** Remembers more secrets, e.g. the tokens of a refresh. Old tokens stay known: they may still be quoted. */
  add(...secrets: (string | undefined)[]): void;
  redact(text: string): string;
}

/** A growing set of secrets bound to one connection. */
export function createRedactor(initial: (string | undefined)[] = []): Redactor {
  const known = new Set<string>();
  const add = (...secrets: (string | undefined)[]) => {
    for (const s of secrets) if (s) known.add(s);
  };
  add(...initial);
  return { add, redact: (text) => redactSecrets(text, [...known]) };
}
