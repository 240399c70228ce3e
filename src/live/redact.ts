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

/**
 * The forms a secret may come back in: as is, URL-encoded (form bodies, query strings), in both
 * Unicode normalizations, and JSON-escaped (`\u00e9`) when a raw body is quoted.
 */
function spellings(secret: string): string[] {
  const forms = new Set([secret, secret.normalize('NFC'), secret.normalize('NFD')]);
  for (const form of [...forms]) {
    forms.add(encodeURIComponent(form));
    forms.add(JSON.stringify(form).slice(1, -1));
    forms.add(form.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  }
  return [...forms];
}

/**
 * HTTP Basic client credentials (`id:secret`) as a server may echo them: base64 of the UTF-8
 * bytes (RFC 7617), of the Latin-1 bytes (what `btoa` sends for a secret such as `sécret`), in
 * both Unicode normalizations, and base64url. Each is redacted with its URL-encoded form too.
 */
export function basicCredentialForms(clientId: string, clientSecret: string): string[] {
  const out = new Set<string>();
  for (const pair of new Set([`${clientId}:${clientSecret}`.normalize('NFC'), `${clientId}:${clientSecret}`.normalize('NFD')])) {
    const encodings: BufferEncoding[] = [...pair].every((c) => c.charCodeAt(0) <= 0xff) ? ['utf8', 'latin1'] : ['utf8'];
    for (const encoding of encodings) {
      const bytes = Buffer.from(pair, encoding);
      out.add(bytes.toString('base64'));
      out.add(bytes.toString('base64url'));
      // Without padding too: a server may quote it cut at the first '='.
      out.add(bytes.toString('base64').replace(/=+$/, ''));
    }
  }
  return [...out];
}

export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  const variants = secrets
    .filter((s) => typeof s === 'string' && s.length >= MIN_SECRET_LENGTH)
    .flatMap(spellings)
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
